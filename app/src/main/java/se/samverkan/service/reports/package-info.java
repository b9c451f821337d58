/** Reports for branch boards and the steering group, written as PDF (OpenPDF) or Excel (POI) by the file's ending. */
package se.samverkan.service.reports;
