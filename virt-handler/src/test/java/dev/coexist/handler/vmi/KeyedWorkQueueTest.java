package dev.coexist.handler.vmi;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class KeyedWorkQueueTest {
  private final ScheduledExecutorService timer = Executors.newSingleThreadScheduledExecutor();

  @AfterEach
  void stop() {
    timer.shutdownNow();
  }

  @Test
  void aKeyIsNeverProcessedByTwoWorkersAtOnceAndIsRerunWhenAddedMeanwhile() throws Exception {
    CountDownLatch release = new CountDownLatch(1);
    AtomicInteger concurrent = new AtomicInteger();
    AtomicInteger maxConcurrent = new AtomicInteger();
    AtomicInteger runs = new AtomicInteger();
    KeyedWorkQueue<String> q =
        new KeyedWorkQueue<>(
            "t",
            4,
            k -> {
              int c = concurrent.incrementAndGet();
              maxConcurrent.accumulateAndGet(c, Math::max);
              try {
                release.await(5, TimeUnit.SECONDS);
              } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
              }
              concurrent.decrementAndGet();
              runs.incrementAndGet();
              return SyncResult.done();
            },
            timer,
            Duration.ofMillis(10),
            Duration.ofMillis(100));
    q.start();
    q.add("a");
    await().until(() -> concurrent.get() == 1);
    q.add("a");
    q.add("a");
    release.countDown();
    await().until(() -> runs.get() == 2 && q.depth() == 0);
    assertThat(maxConcurrent.get()).isEqualTo(1);
    q.close();
  }

  @Test
  void differentKeysRunInParallelAndFailuresAreRetriedWithBackoff() {
    Map<String, AtomicInteger> attempts = new ConcurrentHashMap<>();
    List<String> done = new CopyOnWriteArrayList<>();
    KeyedWorkQueue<String> q =
        new KeyedWorkQueue<>(
            "t",
            2,
            k -> {
              int n = attempts.computeIfAbsent(k, x -> new AtomicInteger()).incrementAndGet();
              if (k.equals("flaky") && n < 3) {
                return SyncResult.retry();
              }
              done.add(k);
              return SyncResult.done();
            },
            timer,
            Duration.ofMillis(10),
            Duration.ofMillis(100));
    q.start();
    q.add("flaky");
    q.add("ok");
    await().until(() -> done.containsAll(List.of("flaky", "ok")));
    assertThat(attempts.get("flaky").get()).isEqualTo(3);
    assertThat(attempts.get("ok").get()).isEqualTo(1);
    assertThat(q.backoff(1)).isEqualTo(Duration.ofMillis(10));
    assertThat(q.backoff(3)).isEqualTo(Duration.ofMillis(40));
    assertThat(q.backoff(30)).isEqualTo(Duration.ofMillis(100));
    q.close();
  }

  @Test
  void anExceptionIsRetriedNotFatal() {
    AtomicInteger n = new AtomicInteger();
    KeyedWorkQueue<String> q =
        new KeyedWorkQueue<>(
            "t",
            1,
            k -> {
              if (n.incrementAndGet() == 1) {
                throw new IllegalStateException("boom");
              }
              return SyncResult.done();
            },
            timer,
            Duration.ofMillis(10),
            Duration.ofMillis(100));
    q.start();
    q.add("k");
    await().until(() -> n.get() == 2);
    q.close();
  }
}
