package dev.coexist.importer.process;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.time.Duration;
import java.util.Arrays;
import java.util.Optional;
import java.util.Random;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/** The in-memory window: what stays in memory, what is spilled, misses, reads ahead, digest. */
@Timeout(value = 30, unit = TimeUnit.SECONDS)
class ChunkWindowTest {
  private static final int CHUNK = 8192;
  private static final long SIZE = 10L * CHUNK + 1000;
  private static final Duration FOREVER = Duration.ofHours(1);

  @TempDir Path dir;
  private final byte[] content = content();

  private static byte[] content() {
    byte[] b = new byte[(int) SIZE];
    new Random(7).nextBytes(b);
    return b;
  }

  private Path scratch() {
    return dir.resolve("scratch");
  }

  private ChunkWindow window(int capacityChunks, int pinnedChunks, Duration patience) {
    return window(capacityChunks, pinnedChunks, patience, Optional.empty());
  }

  private ChunkWindow window(
      int capacityChunks, int pinnedChunks, Duration patience, Optional<RangeReader> ranges) {
    WindowSettings s =
        new WindowSettings(
            CHUNK, (long) capacityChunks * CHUNK, (long) pinnedChunks * CHUNK, patience);
    return new ChunkWindow(SIZE, s, new SpillFile(scratch()), ranges);
  }

  /** Appends chunk {@code i} of the content (as the download loop does, reusing buffers). */
  private ByteBuffer append(ChunkWindow w, ByteBuffer buf, int i) throws Exception {
    int len = (int) Math.min(CHUNK, SIZE - (long) i * CHUNK);
    buf.put(0, content, i * CHUNK, len);
    return w.append(buf, len);
  }

  private int chunks() {
    return (int) ((SIZE + CHUNK - 1) / CHUNK);
  }

  /** A read as the NBD server makes it: from the chunks in memory when it can, else copied. */
  private byte[] read(ChunkWindow w, long offset, int length) throws Exception {
    ByteBuffer b = ByteBuffer.allocate(length);
    Optional<NbdExport.Slices> slices = w.slices(offset, length);
    if (slices.isPresent()) {
      for (ByteBuffer part : slices.get().buffers()) {
        b.put(part);
      }
      slices.get().release().run();
    } else {
      w.read(offset, b);
    }
    assertThat(b.hasRemaining()).isFalse();
    return b.array();
  }

  private byte[] expected(long offset, int length) {
    return Arrays.copyOfRange(content, (int) offset, (int) offset + length);
  }

  @Test
  void readInDownloadOrderNothingIsSpilledAndNoScratchFileIsMade() throws Exception {
    ChunkWindow w = window(4, 0, FOREVER);
    ByteBuffer buf = w.newBuffer();
    for (int i = 0; i < chunks(); i++) {
      buf = append(w, buf, i);
      int len = (int) Math.min(CHUNK, SIZE - (long) i * CHUNK);
      assertThat(read(w, (long) i * CHUNK, len)).isEqualTo(expected((long) i * CHUNK, len));
    }
    w.complete();
    assertThat(w.spilledBytes()).isZero();
    assertThat(Files.exists(scratch())).isFalse();
    assertThat(w.summary()).contains("0 spilled");
  }

  @Test
  void unreadChunksAreSpilledWhenTheWindowMovesAndServedFromScratch() throws Exception {
    ChunkWindow w = window(2, 0, Duration.ZERO);
    ByteBuffer buf = w.newBuffer();
    for (int i = 0; i < chunks(); i++) {
      buf = append(w, buf, i);
    }
    w.complete();
    // 11 chunks, 2 stay in memory: 9 spilled (the last one, short, stays)
    assertThat(w.spilledBytes()).isEqualTo(9L * CHUNK);
    assertThat(Files.size(scratch())).isEqualTo(9L * CHUNK);
    // a read across spilled and in-memory chunks, out of order
    assertThat(read(w, SIZE - 3 * CHUNK, 3 * CHUNK))
        .isEqualTo(expected(SIZE - 3 * CHUNK, 3 * CHUNK));
    assertThat(read(w, 100, 2 * CHUNK)).isEqualTo(expected(100, 2 * CHUNK));
  }

  @Test
  void aSecondReadOfADroppedChunkMissesTheWindow() throws Exception {
    ChunkWindow w = window(2, 0, FOREVER);
    ByteBuffer buf = append(w, append(w, w.newBuffer(), 0), 1);
    assertThat(read(w, 0, CHUNK)).isEqualTo(expected(0, CHUNK));
    read(w, CHUNK + CHUNK / 2, 100); // reads moved on past chunk 0 by the margin (capacity / 4)
    append(w, buf, 2); // chunk 0 was wholly read: dropped to make room
    assertThat(w.missed()).isFalse();
    assertThatThrownBy(() -> read(w, 10, 100))
        .isInstanceOf(WindowMissException.class)
        .hasMessageContaining("chunk 0");
    assertThat(w.missed()).isTrue();
    assertThat(w.spilledBytes()).isZero();
  }

  @Test
  void aWhollyReadChunkStaysWhileReadsAreStillNearIt() throws Exception {
    // a compressed VMDK grain is read together with the start of the next one: a chunk covered by
    // a read may be read again by the next request
    ChunkWindow w = window(2, 0, Duration.ZERO);
    ByteBuffer buf = append(w, append(w, w.newBuffer(), 0), 1);
    read(w, 0, CHUNK + 100);
    append(w, buf, 2); // reads have not moved on far enough: chunk 0 is spilled, not dropped
    assertThat(w.spilledBytes()).isEqualTo(CHUNK);
    assertThat(read(w, CHUNK - 512, 1024)).isEqualTo(expected(CHUNK - 512, 1024));
    assertThat(w.missed()).isFalse();
  }

  @Test
  void aPartlyReadChunkIsSpilledNotDropped() throws Exception {
    ChunkWindow w = window(1, 0, Duration.ZERO);
    ByteBuffer buf = append(w, w.newBuffer(), 0);
    read(w, 0, CHUNK - 1); // the last page is not wholly read
    append(w, buf, 1);
    assertThat(w.spilledBytes()).isEqualTo(CHUNK);
    assertThat(read(w, 0, CHUNK)).isEqualTo(expected(0, CHUNK));
  }

  @Test
  void thePinnedHeadStaysInMemoryForEveryReader() throws Exception {
    ChunkWindow w = window(1, 1, Duration.ZERO);
    ByteBuffer buf = w.newBuffer();
    for (int i = 0; i < chunks(); i++) {
      buf = append(w, buf, i);
      read(w, (long) i * CHUNK, (int) Math.min(CHUNK, SIZE - (long) i * CHUNK));
    }
    // qemu-img info, then convert: the header is read again
    assertThat(read(w, 0, 512)).isEqualTo(expected(0, 512));
    assertThat(w.missed()).isFalse();
  }

  @Test
  void aReaderWaitingForNewerBytesMakesTheDownloadSpillWithoutWaiting() throws Exception {
    ChunkWindow w = window(2, 0, FOREVER);
    CompletableFuture<byte[]> ahead =
        CompletableFuture.supplyAsync(
            () -> {
              try {
                return read(w, 6L * CHUNK, CHUNK);
              } catch (Exception e) {
                throw new IllegalStateException(e);
              }
            });
    ByteBuffer buf = w.newBuffer();
    for (int i = 0; i < 7; i++) {
      buf = append(w, buf, i); // would wait FOREVER for chunk 0 if the waiting reader were ignored
    }
    assertThat(ahead.get()).isEqualTo(expected(6L * CHUNK, CHUNK));
    assertThat(w.spilledBytes()).isEqualTo(5L * CHUNK);
  }

  @Test
  void aReadFarAheadIsServedByARangeRequestAndComparedWithTheDownload() throws Exception {
    AtomicInteger requests = new AtomicInteger();
    RangeReader ranges =
        (offset, length) -> {
          requests.incrementAndGet();
          return expected(offset, length);
        };
    ChunkWindow w = window(4, 0, FOREVER, Optional.of(ranges));
    long far = 8L * CHUNK + 100;
    assertThat(read(w, far, 512)).isEqualTo(expected(far, 512));
    assertThat(requests).hasValue(1);
    ByteBuffer buf = w.newBuffer();
    for (int i = 0; i < chunks(); i++) {
      buf = append(w, buf, i);
      read(w, (long) i * CHUNK, (int) Math.min(CHUNK, SIZE - (long) i * CHUNK));
    }
    w.checkPrefetchedVerified();
    assertThat(w.summary()).contains("1 range requests");
  }

  @Test
  void aRangeRequestThatDiffersFromTheDownloadFailsIt() throws Exception {
    RangeReader changed =
        (offset, length) -> {
          byte[] b = expected(offset, length);
          b[3] ^= 1;
          return b;
        };
    ChunkWindow w = window(2, 0, Duration.ZERO, Optional.of(changed));
    long far = 8L * CHUNK;
    read(w, far, 512);
    ByteBuffer buf = w.newBuffer();
    for (int i = 0; i < 8; i++) {
      buf = append(w, buf, i);
    }
    ByteBuffer last = buf;
    assertThatThrownBy(() -> append(w, last, 8))
        .isInstanceOf(IOException.class)
        .hasMessageContaining("the source changed during the import");
    assertThat(w.failed()).isTrue();
  }

  @Test
  void anUnverifiedRangeRequestIsAnError() throws Exception {
    ChunkWindow w =
        window(2, 0, Duration.ZERO, Optional.of((offset, length) -> expected(offset, length)));
    read(w, 8L * CHUNK, 512);
    assertThatThrownBy(w::checkPrefetchedVerified)
        .isInstanceOf(IOException.class)
        .hasMessageContaining("range request");
  }

  @Test
  void theDigestOnItsOwnThreadCoversEveryByteInOrderEvenWithRecycledBuffers() throws Exception {
    int head = 300;
    MessageDigest md = MessageDigest.getInstance("SHA-256");
    md.update(content, 0, head); // what the stream digested before the hand-off
    ChunkWindow w = window(2, 0, Duration.ZERO);
    w.hashFrom(md, head);
    ByteBuffer buf = w.newBuffer();
    for (int i = 0; i < chunks(); i++) {
      buf = append(w, buf, i);
      if (i == 4) {
        w.readersDone(); // qemu-img finished early: the rest is still digested
      }
    }
    w.finishHashing();
    assertThat(md.digest()).isEqualTo(MessageDigest.getInstance("SHA-256").digest(content));
  }

  @Test
  void bytesPastTheAnnouncedSizeAreDigestedButNotExported() throws Exception {
    MessageDigest md = MessageDigest.getInstance("SHA-256");
    ChunkWindow w = window(20, 0, Duration.ZERO);
    w.hashFrom(md, 0);
    ByteBuffer buf = w.newBuffer();
    for (int i = 0; i < chunks() - 1; i++) {
      buf = append(w, buf, i);
    }
    byte[] tail =
        Arrays.copyOf(Arrays.copyOfRange(content, (chunks() - 1) * CHUNK, content.length), CHUNK);
    buf.put(0, tail, 0, CHUNK);
    w.append(buf, CHUNK); // 1000 bytes of the image and 7192 more
    w.finishHashing();
    MessageDigest all = MessageDigest.getInstance("SHA-256");
    all.update(content);
    all.update(tail, 1000, CHUNK - 1000);
    assertThat(md.digest()).isEqualTo(all.digest());
    assertThat(read(w, SIZE - 1000, 1000)).isEqualTo(expected(SIZE - 1000, 1000));
  }

  @Test
  void aFailedDownloadFailsAWaitingRead() throws Exception {
    ChunkWindow w = window(2, 0, FOREVER);
    CompletableFuture<byte[]> waiting =
        CompletableFuture.supplyAsync(
            () -> {
              try {
                return read(w, 0, 10);
              } catch (Exception e) {
                throw new IllegalStateException(e);
              }
            });
    w.fail(new IOException("connection reset"));
    assertThatThrownBy(waiting::get)
        .isInstanceOf(ExecutionException.class)
        .hasMessageContaining("connection reset");
    assertThatThrownBy(() -> w.append(w.newBuffer(), CHUNK)).isInstanceOf(IOException.class);
  }

  @Test
  void aDownloadEndingEarlyFailsReadsOfTheMissingBytes() throws Exception {
    ChunkWindow w = window(20, 0, Duration.ZERO);
    append(w, w.newBuffer(), 0);
    w.complete();
    assertThatThrownBy(() -> read(w, CHUNK, 10)).hasMessageContaining("ended at " + CHUNK);
  }

  @Test
  void aChunkBeingSentIsNotReusedUntilReleased() throws Exception {
    ChunkWindow w = window(2, 0, Duration.ZERO);
    ByteBuffer buf = append(w, append(w, w.newBuffer(), 0), 1);
    NbdExport.Slices sending = w.slices(0, CHUNK).orElseThrow();
    for (int i = 2; i < 6; i++) {
      // chunk 0 leaves the window (spilled) and buffers are reused, but not the one being sent
      buf = append(w, buf, i);
      assertThat(read(w, (long) i * CHUNK, CHUNK)).isEqualTo(expected((long) i * CHUNK, CHUNK));
    }
    byte[] sent = new byte[CHUNK];
    sending.buffers()[0].duplicate().get(sent);
    assertThat(sent).isEqualTo(expected(0, CHUNK));
    sending.release().run();
  }

  @Test
  void aReadAcrossChunksIsServedAsSlicesInOrder() throws Exception {
    ChunkWindow w = window(4, 0, FOREVER);
    ByteBuffer buf = append(w, append(w, w.newBuffer(), 0), 1);
    append(w, buf, 2);
    NbdExport.Slices s = w.slices(CHUNK - 100, CHUNK + 200).orElseThrow();
    assertThat(s.buffers()).hasSize(3);
    ByteBuffer all = ByteBuffer.allocate(CHUNK + 200);
    for (ByteBuffer part : s.buffers()) {
      all.put(part);
    }
    s.release().run();
    assertThat(all.array()).isEqualTo(expected(CHUNK - 100, CHUNK + 200));
  }
}
