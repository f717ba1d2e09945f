package it.cassetto.dossier.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

class OrderedPartsTest {

    @Test
    void withoutAHelper_orWithOneThatNeverStarts_theCallerComputesEveryPartInOrder() throws Exception {
        List<Runnable> neverRun = new ArrayList<>();
        List<String> threads = Collections.synchronizedList(new ArrayList<>());
        try (OrderedParts<Integer> parts = new OrderedParts<>(4, 1, part -> {
            threads.add(Thread.currentThread().getName());
            return part * 10;
        }, part -> { }, neverRun::add)) {
            for (int i = 0; i < 4; i++) {
                assertThat(parts.take(i)).isEqualTo(i * 10);
            }
        }
        assertThat(neverRun).hasSize(1);
        assertThat(threads).containsOnly(Thread.currentThread().getName()).hasSize(4);
    }

    @Test
    void aHelper_worksAhead_byAtMostTheAllowedParts_andTheCallerStillGetsThemInOrder() throws Exception {
        ExecutorService helper = Executors.newSingleThreadExecutor(task -> new Thread(task, "helper"));
        AtomicInteger computed = new AtomicInteger();
        CountDownLatch helperStarted = new CountDownLatch(1);
        List<Integer> byHelper = Collections.synchronizedList(new ArrayList<>());
        try (OrderedParts<Integer> parts = new OrderedParts<>(6, 1, part -> {
            if (Thread.currentThread().getName().equals("helper")) {
                byHelper.add(part);
                helperStarted.countDown();
            }
            computed.incrementAndGet();
            return part;
        }, part -> { }, helper)) {
            assertThat(helperStarted.await(10, TimeUnit.SECONDS)).isTrue();
            Thread.sleep(200);
            assertThat(computed.get()).as("the helper waits once one result is ready").isLessThanOrEqualTo(1);
            for (int i = 0; i < 6; i++) {
                assertThat(parts.take(i)).isEqualTo(i);
            }
        } finally {
            helper.shutdownNow();
        }
        assertThat(computed.get()).isEqualTo(6);
        assertThat(byHelper).isNotEmpty().isSorted();
    }

    @Test
    void aFailingPart_failsItsTake() throws Exception {
        try (OrderedParts<Integer> parts = new OrderedParts<>(3, 3, part -> {
            if (part == 1) {
                throw new IllegalStateException("part 1 broken");
            }
            return part;
        }, part -> { }, null)) {
            assertThat(parts.take(0)).isZero();
            assertThatThrownBy(() -> parts.take(1)).isInstanceOf(IllegalStateException.class)
                    .hasMessage("part 1 broken");
        }
    }

    @Test
    void closing_discardsWhatTheHelperComputedAndNobodyTook() throws Exception {
        ExecutorService helper = Executors.newSingleThreadExecutor();
        CountDownLatch allComputed = new CountDownLatch(3);
        List<Integer> discarded = Collections.synchronizedList(new ArrayList<>());
        try {
            OrderedParts<Integer> parts = new OrderedParts<>(3, 3, part -> {
                allComputed.countDown();
                return part;
            }, discarded::add, helper);
            assertThat(allComputed.await(10, TimeUnit.SECONDS)).isTrue();
            assertThat(parts.take(0)).isZero();
            parts.close();
        } finally {
            helper.shutdown();
            assertThat(helper.awaitTermination(10, TimeUnit.SECONDS)).isTrue();
        }
        assertThat(discarded).containsExactlyInAnyOrder(1, 2);
    }
}
