package dev.laurel.tool.credentials.status;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.laurel.tool.services.MutableClock;
import java.security.SecureRandom;
import java.time.Duration;
import java.time.Instant;
import java.util.BitSet;
import java.util.HashSet;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

class TakenIndexesTests {

    private static final int SIZE = 64;

    private final BitSet stored = new BitSet(SIZE);
    private final AtomicInteger reads = new AtomicInteger();
    private final MutableClock clock = new MutableClock(Instant.parse("2026-01-01T00:00:00Z"));
    private final TakenIndexes taken = new TakenIndexes(new StatusListRepository(null) {
        @Override
        BitSet takenIndexes(long listId, int size) {
            reads.incrementAndGet();
            return (BitSet) stored.clone();
        }
    }, clock);

    @Test
    void drawsDistinctFreeIndexesAndCountsThemTakenWithoutReadingTheListAgain() {
        stored.set(0, 16);

        List<Integer> first = taken.pick(1, SIZE, 20, new SecureRandom());
        List<Integer> second = taken.pick(1, SIZE, 20, new SecureRandom());

        HashSet<Integer> all = new HashSet<>(first);
        all.addAll(second);
        assertThat(all).hasSize(40).allSatisfy(index -> assertThat(index).isBetween(16, SIZE - 1));
        assertThat(taken.count(1, SIZE)).isEqualTo(56);
        assertThat(reads).hasValue(1);
    }

    @Test
    void readsTheListAgainWhenForgottenOrStaleKeepingTheIndexesItDrew() {
        List<Integer> drawn = taken.pick(1, SIZE, 10, new SecureRandom());
        stored.set(drawn.get(0)); // committed
        for (int index = 0; index < SIZE; index++) {
            if (!drawn.contains(index) && stored.cardinality() < 30) {
                stored.set(index); // taken by another instance meanwhile
            }
        }

        taken.forget(1);
        assertThat(taken.count(1, SIZE)).isEqualTo(30 + drawn.size() - 1);
        clock.advance(Duration.ofSeconds(TakenIndexes.REFRESH_SECONDS + 1));
        taken.count(1, SIZE);
        assertThat(reads).hasValue(3);
    }

    @Test
    void refusesToDrawMoreThanTheFreeIndexes() {
        stored.set(0, SIZE - 3);

        assertThatThrownBy(() -> taken.pick(1, SIZE, 4, new SecureRandom())).hasMessageStartingWith("status_index_unavailable");
    }
}
