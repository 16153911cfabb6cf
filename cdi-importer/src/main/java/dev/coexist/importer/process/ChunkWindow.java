package dev.coexist.importer.process;

import java.io.EOFException;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.security.MessageDigest;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.BitSet;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A download exported to qemu-img mostly from memory: the downloader appends chunks in order, NBD
 * reads are served from the chunks still in memory. A bounded window of chunks stays in memory;
 * when it is full the oldest chunk leaves it: dropped when qemu-img has read every byte of it,
 * otherwise spilled to the scratch file (which exists only once something was spilled), from which
 * later reads of it are served. So an image qemu-img reads in download order (qcow2 written by
 * qemu-img, most others) is never written to scratch space; one it reads out of order (a VHD footer
 * at the end, a fragmented qcow2) is spilled chunk by chunk and still converted in one download.
 *
 * <p>A small read far ahead of the download (format tables: qemu-img convert reads every qcow2 L2
 * table before any data) is answered with a range request and the bytes are compared with the
 * download when it gets there ({@link #readAhead}). The digest of the download runs on a thread of
 * its own over the same chunks ({@link #hashFrom}); a chunk is recycled only once digested.
 *
 * <p>The one case the window cannot serve is a second read of bytes already dropped: it fails with
 * {@link WindowMissException} and {@link #missed()} turns true; the caller then redoes the import
 * through full scratch space (the bytes are gone, and the checksum must cover the bytes converted,
 * so they are downloaded again, not patched in).
 */
final class ChunkWindow implements NbdExport {
  private enum State {
    ABSENT,
    MEMORY,
    SPILLING,
    SPILLED,
    DROPPED
  }

  private static final Logger LOG = LoggerFactory.getLogger(ChunkWindow.class);
  private static final int SECTOR = 512;
  private static final int HASH_QUEUE = 32;

  /** Chunks queued for the digest at most: 32, fewer for a small window (small heap). */
  private final int hashQueueLimit;

  private final long size;
  private final int chunkSize;
  private final WindowSettings settings;
  private final SpillFile spill;
  private final State[] state;
  private final ByteBuffer[] memory;

  /** Per chunk in memory: which 512-byte sectors the current qemu-img process has read. */
  private final BitSet[] sectorsRead;

  private final ArrayDeque<Integer> evictable = new ArrayDeque<>();

  /**
   * Chunk buffers free for the download (direct: filled from the socket and sent to qemu-img with
   * no copy through the heap). Buffers are only ever allocated when none is free, so the pool never
   * holds more than the most that were in use at once.
   */
  private final ArrayDeque<ByteBuffer> pool = new ArrayDeque<>();

  /** Buffers an NBD reply is being written from (counts): not reused until released. */
  private final IdentityHashMap<ByteBuffer, Integer> pins = new IdentityHashMap<>();

  private long downloaded;
  private long inMemory;
  private long droppedBytes;
  private long spilledBytes;
  private int waitingAhead;
  private long lastRead;
  private long maxReadStart;
  private boolean complete;
  private boolean readersDone;
  private boolean missed;
  private IOException failure;
  private final Optional<RangeReader> ranges;
  private final TreeMap<Long, byte[]> prefetched = new TreeMap<>();
  private long prefetchedBytes;
  private long prefetchRequests;
  private boolean prefetchBroken;
  private final ArrayDeque<HashJob> hashQueue = new ArrayDeque<>();
  private MessageDigest digest;
  private long hashFrom;
  private boolean hasherRunning;
  private boolean hashingDone;

  /**
   * @param ranges range requests for reads far ahead of the download (empty: such reads wait)
   */
  ChunkWindow(long size, WindowSettings settings, SpillFile spill, Optional<RangeReader> ranges) {
    this.ranges = ranges;
    long chunks = (size + settings.chunkSize() - 1) / settings.chunkSize();
    if (chunks > Integer.MAX_VALUE - 8) {
      throw new IllegalArgumentException("too many chunks for " + size + " bytes");
    }
    this.size = size;
    this.chunkSize = settings.chunkSize();
    this.settings = settings;
    this.spill = spill;
    this.state = new State[(int) chunks];
    Arrays.fill(state, State.ABSENT);
    this.memory = new ByteBuffer[(int) chunks];
    this.sectorsRead = new BitSet[(int) chunks];
    this.hashQueueLimit =
        (int) Math.max(4, Math.min(HASH_QUEUE, settings.capacity() / settings.chunkSize() / 2));
  }

  @Override
  public long size() {
    return size;
  }

  /** A buffer for the downloader to fill from index 0 (then pass to {@link #append}). */
  ByteBuffer newBuffer() {
    return ByteBuffer.allocateDirect(chunkSize);
  }

  /**
   * The next {@code length} bytes of the download (a whole chunk, except for the last one); may
   * wait for room in the window. The bytes are {@code buf[0, length)} whatever its position and
   * limit. Returns the buffer to fill next (the caller must not touch {@code buf} again). Bytes
   * past the announced size are not exported.
   */
  ByteBuffer append(ByteBuffer buf, int length) throws IOException, InterruptedException {
    int idx;
    int n;
    synchronized (this) {
      checkFailure();
      if (downloaded % chunkSize != 0 && downloaded < size) {
        throw new IllegalStateException("only the last chunk may be short");
      }
      if (downloaded >= size || readersDone) {
        // past the export (or qemu-img is done): only digested and compared
        n = (int) Math.max(0, Math.min(length, size - downloaded));
        verifyPrefetched(buf, downloaded, n);
        if (n > 0) {
          state[(int) (downloaded / chunkSize)] = State.DROPPED;
        }
        enqueueHash(buf, downloaded, length, -1);
        downloaded += n;
        notifyAll();
        recycle(buf);
        return freeBuffer();
      }
      n = (int) Math.min(length, size - downloaded);
      idx = (int) (downloaded / chunkSize);
    }
    boolean pinned = (long) idx * chunkSize < settings.pinned();
    if (!pinned) {
      makeRoom(n);
    }
    synchronized (this) {
      checkFailure();
      long start = (long) idx * chunkSize;
      if (!pinned && !readersDone) {
        sectorsRead[idx] = new BitSet();
      }
      verifyPrefetched(buf, start, n);
      enqueueHash(buf, start, length, readersDone ? -1 : idx);
      downloaded += n;
      if (readersDone) {
        state[idx] = State.DROPPED;
      } else {
        memory[idx] = buf;
        state[idx] = State.MEMORY;
        if (!pinned) {
          evictable.addLast(idx);
          inMemory += n;
        }
      }
      notifyAll();
      return freeBuffer();
    }
  }

  private ByteBuffer freeBuffer() {
    return pool.isEmpty() ? newBuffer() : pool.pop();
  }

  /**
   * Puts {@code buf} back in the pool unless it is still in use: in the window, queued for the
   * digest or being sent to qemu-img.
   */
  private void recycle(ByteBuffer buf) {
    if (pins.containsKey(buf) || queuedForHashing(buf)) {
      return;
    }
    for (ByteBuffer p : pool) {
      if (p == buf) {
        return;
      }
    }
    pool.push(buf);
  }

  /** A chunk to digest on the hasher thread: {@code data[from, from + length)}. */
  private record HashJob(ByteBuffer data, int chunk, int from, int length) {}

  /**
   * Digests the download from {@code from} on (the bytes before it are already in {@code digest})
   * on a thread of its own, beside the download and qemu-img; {@link #finishHashing()} ends it.
   */
  synchronized void hashFrom(MessageDigest digest, long from) {
    this.digest = digest;
    this.hashFrom = from;
    hasherRunning = true;
    Thread t = new Thread(this::hashLoop, "digest");
    t.setDaemon(true);
    t.start();
  }

  private void enqueueHash(ByteBuffer data, long start, int length, int chunk)
      throws IOException, InterruptedException {
    if (digest == null) {
      return;
    }
    long from = Math.max(start, hashFrom);
    if (from >= start + length) {
      return;
    }
    while (hashQueue.size() >= hashQueueLimit && failure == null) {
      wait();
    }
    checkFailure();
    hashQueue.addLast(
        new HashJob(data, chunk, (int) (from - start), (int) (start + length - from)));
    notifyAll();
  }

  private void hashLoop() {
    try {
      while (true) {
        HashJob job;
        synchronized (this) {
          while (hashQueue.isEmpty() && !hashingDone && failure == null) {
            wait();
          }
          if (failure != null || hashQueue.isEmpty()) {
            return;
          }
          job = hashQueue.peekFirst();
        }
        // a view: the buffer's own position and limit belong to no one here
        digest.update(job.data().slice(job.from(), job.length()));
        synchronized (this) {
          hashQueue.pollFirst();
          if (job.chunk() < 0 || memory[job.chunk()] != job.data()) {
            recycle(job.data());
          }
          notifyAll();
        }
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    } catch (RuntimeException e) {
      fail(new IOException("digesting the download failed: " + e, e));
    } finally {
      synchronized (this) {
        hasherRunning = false;
        notifyAll();
      }
    }
  }

  /** Waits until every appended byte is digested. */
  synchronized void finishHashing() throws IOException, InterruptedException {
    hashingDone = true;
    notifyAll();
    while (hasherRunning && failure == null) {
      wait();
    }
    checkFailure();
  }

  private boolean queuedForHashing(ByteBuffer data) {
    for (HashJob j : hashQueue) {
      if (j.data() == data) {
        return true;
      }
    }
    return false;
  }

  /**
   * Compares the bytes a range request gave qemu-img with the same bytes of the download (which the
   * checksum covers); a difference fails the import.
   */
  private void verifyPrefetched(ByteBuffer buf, long start, int n) throws IOException {
    if (prefetched.isEmpty()) {
      return;
    }
    long end = start + n;
    Map<Long, byte[]> overlapping = prefetched.subMap(start - chunkSize, true, end, false);
    List<Long> verified = new ArrayList<>();
    for (Map.Entry<Long, byte[]> e : overlapping.entrySet()) {
      long at = e.getKey();
      byte[] b = e.getValue();
      long from = Math.max(at, start);
      long to = Math.min(at + b.length, end);
      if (from >= to) {
        continue;
      }
      int inBuf = (int) (from - start);
      int inB = (int) (from - at);
      int len = (int) (to - from);
      if (buf.slice(inBuf, len).mismatch(ByteBuffer.wrap(b, inB, len)) >= 0) {
        failure =
            new IOException(
                "the source changed during the import: bytes "
                    + at
                    + "-"
                    + (at + b.length - 1)
                    + " differ between the download and a range request");
        notifyAll();
        throw new StreamReadException(failure);
      }
      markRead(from, to); // qemu-img read these through the range request
      if (at + b.length <= end) {
        verified.add(at);
      }
    }
    for (Long at : verified) {
      prefetchedBytes -= prefetched.remove(at).length;
    }
  }

  /** Throws unless every range-requested byte was compared with the download. */
  synchronized void checkPrefetchedVerified() throws IOException {
    if (!prefetched.isEmpty()) {
      throw new StreamReadException(
          new IOException(
              "the download ended before byte "
                  + prefetched.lastKey()
                  + ", which qemu-img read with a range request"));
    }
  }

  /** Makes room for {@code n} more bytes: drops read chunks, spills unread ones. */
  private void makeRoom(int n) throws IOException, InterruptedException {
    int waitingFor = -1;
    long deadline = 0;
    while (true) {
      int victim;
      ByteBuffer data;
      int len;
      synchronized (this) {
        checkFailure();
        if (readersDone || inMemory + n <= settings.capacity() || evictable.isEmpty()) {
          return;
        }
        victim = evictable.peekFirst();
        len = chunkLength(victim);
        if (fullyRead(victim) && (long) (victim + 1) * chunkSize + dropMargin() <= maxReadStart) {
          evictable.pollFirst();
          release(victim, State.DROPPED);
          droppedBytes += len;
          continue;
        }
        if (waitingAhead == 0) {
          // qemu-img is busy, not waiting for us: give it a moment to read the oldest chunk
          long now = System.nanoTime();
          if (victim != waitingFor) {
            waitingFor = victim;
            deadline = now + settings.patience().toNanos();
          }
          if (now < deadline) {
            TimeUnit.NANOSECONDS.timedWait(this, deadline - now);
            continue;
          }
        }
        LOG.debug(
            "spilling chunk {} (downloaded {}, readers waiting {}, last read at {})",
            victim,
            downloaded,
            waitingAhead,
            lastRead);
        evictable.pollFirst();
        state[victim] = State.SPILLING;
        data = memory[victim];
      }
      spill.write((long) victim * chunkSize, data, len);
      synchronized (this) {
        spilledBytes += len;
        release(victim, State.SPILLED);
      }
    }
  }

  private void release(int idx, State to) {
    ByteBuffer data = memory[idx];
    memory[idx] = null;
    sectorsRead[idx] = null;
    state[idx] = to;
    inMemory -= chunkLength(idx);
    if (data != null) {
      recycle(data);
    }
    notifyAll();
  }

  /** The download is whole. */
  @Override
  public synchronized void complete() {
    complete = true;
    notifyAll();
  }

  /** The download failed (or was stopped): waiting and future reads of missing bytes fail. */
  @Override
  public synchronized void fail(IOException cause) {
    if (failure == null) {
      failure = cause;
    }
    notifyAll();
  }

  /** True once {@link #fail} was called. */
  @Override
  public synchronized boolean failed() {
    return failure != null;
  }

  /**
   * What an earlier qemu-img process read (qemu-img info before convert) does not count as read:
   * the new one opens the image again and may read the same bytes.
   */
  @Override
  public synchronized void clientConnected() {
    for (BitSet b : sectorsRead) {
      if (b != null) {
        b.clear();
      }
    }
    maxReadStart = 0;
  }

  /**
   * How far qemu-img's reads must have moved past a wholly read chunk before it is dropped: reads
   * overlap (a compressed VMDK grain is read with the start of the next one) and arrive out of
   * order among the requests in flight, so a chunk read once may still be read again soon.
   */
  private long dropMargin() {
    return settings.capacity() / 4;
  }

  /** No more reads will come (qemu-img is done): memory is released, the rest only counted. */
  @Override
  public synchronized void readersDone() {
    readersDone = true;
    for (Integer idx : evictable) {
      release(idx, State.DROPPED);
    }
    evictable.clear();
    for (int i = 0; i < memory.length; i++) {
      sectorsRead[i] = null;
      if (state[i] == State.MEMORY) {
        memory[i] = null;
        state[i] = State.DROPPED;
      }
    }
    inMemory = 0;
    notifyAll();
  }

  /** True when a read asked for bytes already dropped (the import must use full scratch). */
  synchronized boolean missed() {
    return missed;
  }

  /** Bytes written to the scratch file. */
  synchronized long spilledBytes() {
    return spilledBytes;
  }

  /** What happened to the chunks, for the log. */
  synchronized String summary() {
    return String.format(
        "%d bytes downloaded, %d dropped after qemu-img read them, %d spilled to scratch, %d range"
            + " requests for reads ahead%s",
        downloaded,
        droppedBytes,
        spilledBytes,
        prefetchRequests,
        missed ? ", a read missed the window" : "");
  }

  @Override
  public void read(long offset, ByteBuffer dst) throws IOException, InterruptedException {
    if (readAhead(offset, dst)) {
      return;
    }
    int base = dst.position();
    int length = dst.remaining();
    long want = Math.max(offset, Math.min(offset + length, size));
    List<long[]> fromScratch = new ArrayList<>(0);
    synchronized (this) {
      awaitAvailable(want);
      long at = offset;
      while (at < want) {
        int idx = (int) (at / chunkSize);
        int within = (int) (at - (long) idx * chunkSize);
        int len = (int) Math.min(chunkLength(idx) - within, want - at);
        int dstIndex = base + (int) (at - offset);
        State s = state[idx];
        if (s == State.MEMORY || s == State.SPILLING) {
          dst.put(dstIndex, memory[idx], within, len);
        } else if (s == State.SPILLED) {
          fromScratch.add(new long[] {at, dstIndex, len});
        } else {
          missed = true;
          throw new WindowMissException(offset, length, idx, (long) chunkSize * idx);
        }
        at += len;
      }
      markRead(offset, want);
      lastRead = offset;
      maxReadStart = Math.max(maxReadStart, offset);
      notifyAll();
    }
    for (long[] r : fromScratch) {
      ByteBuffer part = dst.duplicate();
      part.limit((int) (r[1] + r[2])).position((int) r[1]);
      spill.read(r[0], part);
    }
    for (int i = base + (int) (want - offset); i < base + length; i++) {
      dst.put(i, (byte) 0);
    }
    dst.position(base + length);
  }

  /**
   * A read served from the chunks in memory without copying them: views of the chunk buffers, which
   * stay pinned (not reused) until {@link NbdExport.Slices#release()}. Empty when part of the read
   * is not in memory (spilled, past the end, a read ahead for a range request): {@link #read}
   * serves it.
   */
  @Override
  public Optional<NbdExport.Slices> slices(long offset, int length)
      throws IOException, InterruptedException {
    if (length <= 0 || offset < 0 || offset + length > size) {
      return Optional.empty();
    }
    synchronized (this) {
      if (ranges.isPresent()
          && length <= chunkSize
          && (prefetched.containsKey(offset) || offset >= downloaded + settings.capacity())) {
        return Optional.empty(); // readAhead's business
      }
      awaitAvailable(offset + length);
      int first = (int) (offset / chunkSize);
      int last = (int) ((offset + length - 1) / chunkSize);
      for (int i = first; i <= last; i++) {
        if (state[i] != State.MEMORY && state[i] != State.SPILLING) {
          return Optional.empty();
        }
      }
      ByteBuffer[] parts = new ByteBuffer[last - first + 1];
      ByteBuffer[] pinned = new ByteBuffer[parts.length];
      long at = offset;
      for (int i = first; i <= last; i++) {
        int within = (int) (at - (long) i * chunkSize);
        int len = (int) Math.min(chunkLength(i) - within, offset + length - at);
        pinned[i - first] = memory[i];
        parts[i - first] = memory[i].slice(within, len);
        pins.merge(memory[i], 1, Integer::sum);
        at += len;
      }
      markRead(offset, offset + length);
      lastRead = offset;
      maxReadStart = Math.max(maxReadStart, offset);
      notifyAll();
      return Optional.of(new NbdExport.Slices(parts, () -> unpin(first, pinned)));
    }
  }

  /**
   * Ends the pins of {@link #slices}: {@code pinned[k]} was the buffer of chunk {@code first + k}.
   */
  private synchronized void unpin(int first, ByteBuffer[] pinned) {
    for (int k = 0; k < pinned.length; k++) {
      ByteBuffer b = pinned[k];
      if (pins.merge(b, -1, Integer::sum) == 0) {
        pins.remove(b);
        if (memory[first + k] != b) {
          recycle(b);
        }
      }
    }
  }

  /**
   * Serves a small read far ahead of the download (a format's tables: qemu-img convert reads every
   * qcow2 L2 table before any data) with a range request, instead of waiting for the download and
   * spilling everything before it. The bytes are kept until the download brings them and compared
   * then ({@link #verifyPrefetched}). False when the read must wait for the download.
   */
  private boolean readAhead(long offset, ByteBuffer dst) throws IOException {
    int length = dst.remaining();
    if (ranges.isEmpty() || length == 0 || length > chunkSize || offset + length > size) {
      return false;
    }
    synchronized (this) {
      byte[] have = prefetched.get(offset);
      if (have != null && have.length >= length) {
        dst.put(have, 0, length);
        return true;
      }
      if (prefetchBroken
          || complete
          || failure != null
          || offset < downloaded + settings.capacity()
          || prefetchedBytes + length > settings.capacity()) {
        return false;
      }
    }
    byte[] b;
    try {
      b = ranges.get().read(offset, length);
    } catch (IOException e) {
      LOG.info("a range request failed ({}); reads ahead wait for the download", e.toString());
      synchronized (this) {
        prefetchBroken = true;
      }
      return false;
    }
    synchronized (this) {
      if (downloaded > offset || prefetched.containsKey(offset)) {
        // too late to be compared with the download, or another read fetched it: use the window
        return false;
      }
      prefetched.put(offset, b);
      prefetchedBytes += length;
      prefetchRequests++;
    }
    dst.put(b);
    return true;
  }

  private void awaitAvailable(long end) throws IOException, InterruptedException {
    while (downloaded < end && failure == null && !complete) {
      waitingAhead++;
      notifyAll(); // a download waiting for room spills at once instead of waiting for us
      try {
        wait();
      } finally {
        waitingAhead--;
      }
    }
    if (downloaded >= end) {
      return;
    }
    if (failure != null) {
      throw new IOException("the download failed: " + failure.getMessage(), failure);
    }
    throw new EOFException("the download ended at " + downloaded + " before byte " + end);
  }

  /** Marks the sectors wholly inside {@code [start, end)} of chunks in memory as read. */
  private void markRead(long start, long end) {
    long at = start;
    while (at < end) {
      int idx = (int) (at / chunkSize);
      long chunkStart = (long) idx * chunkSize;
      long to = Math.min(end, chunkStart + chunkLength(idx));
      BitSet b = sectorsRead[idx];
      if (b != null) {
        int first = (int) ((at - chunkStart + SECTOR - 1) / SECTOR);
        int last =
            (int)
                (to == size ? (to - chunkStart + SECTOR - 1) / SECTOR : (to - chunkStart) / SECTOR);
        if (first < last) {
          b.set(first, last);
        }
      }
      at = to;
    }
  }

  private boolean fullyRead(int idx) {
    BitSet b = sectorsRead[idx];
    return b != null && b.nextClearBit(0) >= (chunkLength(idx) + SECTOR - 1) / SECTOR;
  }

  private int chunkLength(int idx) {
    return (int) Math.min(chunkSize, size - (long) idx * chunkSize);
  }

  private void checkFailure() throws IOException {
    if (failure != null) {
      throw new IOException("the import stopped: " + failure.getMessage(), failure);
    }
  }
}
