package dev.laurel.tool.credentials.jsonld;

import java.util.LinkedHashMap;
import java.util.Map;
import org.springframework.util.Assert;

/** A thread-safe map that forgets its least recently used entry beyond {@code capacity}. */
final class BoundedLruMap<K, V> {

    private final Map<K, V> entries;

    BoundedLruMap(int capacity) {
        Assert.isTrue(capacity > 0, "capacity must be positive");
        this.entries = new LinkedHashMap<>(16, 0.75f, true) {

            @Override
            protected boolean removeEldestEntry(Map.Entry<K, V> eldest) {
                return size() > capacity;
            }
        };
    }

    synchronized V get(K key) {
        return entries.get(key);
    }

    synchronized void put(K key, V value) {
        entries.put(key, value);
    }

    synchronized long count(java.util.function.Predicate<V> condition) {
        return entries.values().stream().filter(condition).count();
    }
}
