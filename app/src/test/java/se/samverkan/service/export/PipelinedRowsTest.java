package se.samverkan.service.export;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

class PipelinedRowsTest {

    @Test
    void everyRowArrivesInTheOrderItWasRead() throws Exception {
        List<Object> seen = new ArrayList<>();
        new PipelinedRows(sink -> {
            for (int i = 0; i < 10 * PipelinedRows.QUEUE; i++) {
                sink.row(List.of(i));
            }
        }).writeTo(row -> seen.add(row.get(0)));

        assertThat(seen).hasSize(10 * PipelinedRows.QUEUE);
        for (int i = 0; i < seen.size(); i++) {
            assertThat(seen.get(i)).isEqualTo(i);
        }
    }

    @Test
    void aReadErrorReachesTheWriterAfterTheRowsBeforeIt() {
        List<Object> seen = new ArrayList<>();
        assertThatThrownBy(() -> new PipelinedRows(sink -> {
            sink.row(List.of("a"));
            throw new IllegalStateException("database closed");
        }).writeTo(row -> seen.add(row.get(0)))).isInstanceOf(IllegalStateException.class)
                .hasMessage("database closed");
        assertThat(seen).containsExactly("a");
    }

    @Test
    void aWriteErrorStopsTheReaderInsteadOfLeavingItWaiting() throws Exception {
        AtomicInteger read = new AtomicInteger();
        var reader = new Thread[1];
        assertThatThrownBy(() -> new PipelinedRows(sink -> {
            reader[0] = Thread.currentThread();
            for (int i = 0; i < 1_000_000; i++) {
                sink.row(List.of(i));
                read.incrementAndGet();
            }
        }).writeTo(row -> {
            throw new IOException("disk full");
        })).isInstanceOf(IOException.class).hasMessage("disk full");
        reader[0].join(5_000);
        assertThat(reader[0].isAlive()).isFalse();
        assertThat(read.get()).isLessThan(1_000_000);
    }
}
