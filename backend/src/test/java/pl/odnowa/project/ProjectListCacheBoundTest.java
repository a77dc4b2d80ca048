package pl.odnowa.project;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;

import java.math.BigInteger;

import org.junit.jupiter.api.Test;

import io.quarkus.runtime.configuration.MemorySize;
import pl.odnowa.common.PreparedPage;
import pl.odnowa.project.ProjectReader.ListVersion;

/** ProjectListCache alone: versions, its byte bound and the order it gives pages up in. */
class ProjectListCacheBoundTest {

    private static final ListVersion V1 = new ListVersion("2461011", 1);
    private static final ListVersion V2 = new ListVersion("2461011", 2);

    @Test
    void servesAPageOnlyAtItsVersionAndNeverGoesBack() {
        ProjectListCache cache = new ProjectListCache(new MemorySize(BigInteger.valueOf(1000)));
        PreparedPage old = page(10);
        PreparedPage current = page(10);
        cache.put(key(1), V1, old);
        assertSame(old, cache.get(key(1), V1));
        assertNull(cache.get(key(1), V2));
        assertNull(cache.get(key(2), V1));
        cache.put(key(1), V2, current);
        cache.put(key(1), V1, old); // read before the change, kept after it: dropped
        assertSame(current, cache.get(key(1), V2));
    }

    @Test
    void givesUpThePageUsedLongestAgoBeyondItsBytes() {
        ProjectListCache cache = new ProjectListCache(new MemorySize(BigInteger.valueOf(300)));
        cache.put(key(1), V1, page(100));
        cache.put(key(2), V1, page(100));
        cache.put(key(3), V1, page(100));
        cache.get(key(1), V1); // used again: key 2 is now the eldest
        cache.put(key(4), V1, page(100));
        assertNotNull(cache.get(key(1), V1));
        assertNull(cache.get(key(2), V1));
        assertNotNull(cache.get(key(3), V1));
        assertNotNull(cache.get(key(4), V1));
        cache.put(key(5), V1, page(301)); // larger than the whole bound: not kept, nothing given up for it
        assertNull(cache.get(key(5), V1));
        assertNotNull(cache.get(key(4), V1));
    }

    @Test
    void sizeZeroTurnsItOff() {
        assertFalse(new ProjectListCache(new MemorySize(BigInteger.ZERO)).enabled());
    }

    private static ProjectListCache.Key key(int page) {
        return new ProjectListCache.Key(1, null, null, "x.total_cost desc", page, 50, false);
    }

    private static PreparedPage page(int bytes) {
        return new PreparedPage(new byte[bytes], "tag");
    }
}
