package se.samverkan.io.sheets;

/**
 * Where a cell is, as the user sees it: file name, sheet name, row number from 1 and column letters; printed as
 * {@code FILE:SHEET:ROW:COLUMN} so a message can say exactly where to look.
 */
public record Location(String file, String sheet, int row, String column) {

    /** The location of the cell in the zero-based column {@code columnIndex} of the given row. */
    public static Location of(String file, String sheet, int row, int columnIndex) {
        return new Location(file, sheet, row, columnLetters(columnIndex));
    }

    /** Column letters as Excel shows them: 0 is A, 25 is Z, 26 is AA. */
    public static String columnLetters(int columnIndex) {
        if (columnIndex < 0) {
            throw new IllegalArgumentException("column index " + columnIndex);
        }
        StringBuilder letters = new StringBuilder();
        for (int n = columnIndex + 1; n > 0; n = (n - 1) / 26) {
            letters.insert(0, (char) ('A' + (n - 1) % 26));
        }
        return letters.toString();
    }

    /** The zero-based column index of letters such as {@code AA}; the inverse of {@link #columnLetters(int)}. */
    public static int columnIndex(String letters) {
        int index = 0;
        for (int i = 0; i < letters.length(); i++) {
            index = index * 26 + (Character.toUpperCase(letters.charAt(i)) - 'A' + 1);
        }
        return index - 1;
    }

    @Override
    public String toString() {
        return file + ":" + sheet + ":" + row + ":" + column;
    }
}
