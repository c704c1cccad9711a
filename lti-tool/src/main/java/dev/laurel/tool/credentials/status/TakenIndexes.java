package dev.laurel.tool.credentials.status;

import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The indexes taken in each status list, for batch allocation: read from the database at most
 * {@value #REFRESH_SECONDS} seconds ago, together with every index this instance drew (committed, in flight in
 * another batch, or rolled back: such an index is merely never drawn again here). A batch draws its random indexes
 * among the free ones, so it needs no per-index lookup and no count of the list's entries; an index another instance
 * took meanwhile only fails the insert (the primary key decides), after which the list is read again.
 */
final class TakenIndexes {

    static final int REFRESH_SECONDS = 10;

    private final StatusListRepository lists;
    private final Clock clock;
    private final Map<Long, Snapshot> snapshots = new HashMap<>();

    TakenIndexes(StatusListRepository lists, Clock clock) {
        this.lists = lists;
        this.clock = clock;
    }

    /** A list's taken indexes and when they were read. */
    private record Snapshot(BitSet taken, Instant readAt) {
    }

    /** How many indexes of the list are taken. */
    synchronized long count(long listId, int size) {
        return snapshot(listId, size).taken().cardinality();
    }

    /** Draws {@code count} distinct free indexes of the list at random and counts them as taken. */
    synchronized List<Integer> pick(long listId, int size, int count, SecureRandom random) {
        BitSet taken = snapshot(listId, size).taken();
        if (size - taken.cardinality() < count) {
            throw new IllegalStateException("status_index_unavailable: the list has too few free indexes");
        }
        List<Integer> picked = new ArrayList<>(count);
        while (picked.size() < count) {
            int index = random.nextInt(size);
            if (!taken.get(index)) {
                taken.set(index);
                picked.add(index);
            }
        }
        return picked;
    }

    /** Reads the list again at the next draw (an insert met an index taken elsewhere), keeping the indexes drawn here. */
    synchronized void forget(long listId) {
        Snapshot known = snapshots.get(listId);
        if (known != null) {
            snapshots.put(listId, new Snapshot(known.taken(), Instant.EPOCH));
        }
    }

    private Snapshot snapshot(long listId, int size) {
        Snapshot known = snapshots.get(listId);
        Instant now = clock.instant();
        if (known == null || known.readAt().plus(Duration.ofSeconds(REFRESH_SECONDS)).isBefore(now)) {
            BitSet taken = lists.takenIndexes(listId, size);
            if (known != null) {
                taken.or(known.taken());
            }
            known = new Snapshot(taken, now);
            snapshots.put(listId, known);
        }
        return known;
    }
}
