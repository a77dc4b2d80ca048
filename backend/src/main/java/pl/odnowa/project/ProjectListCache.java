package pl.odnowa.project;

import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.Map;

import jakarta.enterprise.context.ApplicationScoped;

import org.eclipse.microprofile.config.inject.ConfigProperty;

import io.quarkus.runtime.configuration.MemorySize;
import pl.odnowa.common.PreparedPage;
import pl.odnowa.project.ProjectReader.ListVersion;

/**
 * Pages of one programme's project list, kept as served (bytes and ETag) under the programme's list version
 * (programme_list_version, V86: it moves as any transaction that changed what the list shows commits). A page is
 * served again only while its programme's version is the one it was read at, so each request still reads that
 * version, one primary-key row, where a miss runs the page's statement (docs/performance.md, section 21).
 * <p>
 * Why a page stored under a version never shows older data than that version: the version is read first, and the
 * page's statement afterwards (each in its own snapshot, autocommit), so the page holds at least every change
 * committed by then. A change committed in between leaves a page newer than its version, which the next request
 * (reading the newer version) does not take.
 * <p>
 * Bounded by the bytes of the pages it holds ({@code odnowa.project-list-cache.max-size}, 0: off); the page used
 * longest ago goes first.
 */
@ApplicationScoped
public class ProjectListCache {

    /** What a page of one programme depends on besides its data: the request and whether drafts are shown. */
    record Key(long programme, String municipality, ProjectStatus status, String orderBy, int page, int size, boolean drafts) {
    }

    private record Entry(long version, PreparedPage page) {
    }

    private final long maxBytes;
    private final Map<Key, Entry> entries = new LinkedHashMap<>(64, 0.75f, true);
    private long bytes;
    private long hits;

    ProjectListCache(@ConfigProperty(name = "odnowa.project-list-cache.max-size", defaultValue = "16M") MemorySize maxSize) {
        this.maxBytes = maxSize.asLongValue();
    }

    /** The page kept for the key at this version, or null. */
    synchronized PreparedPage get(Key key, ListVersion version) {
        Entry entry = entries.get(key);
        if (entry == null || entry.version() != version.version()) {
            return null;
        }
        hits++;
        return entry.page();
    }

    /** Keeps the page read after {@code version} was; never replaces one kept at a later version. */
    synchronized void put(Key key, ListVersion version, PreparedPage page) {
        if (page.json().length > maxBytes) {
            return;
        }
        Entry old = entries.get(key);
        if (old != null) {
            if (old.version() > version.version()) {
                return;
            }
            bytes -= old.page().json().length;
        }
        entries.put(key, new Entry(version.version(), page));
        bytes += page.json().length;
        for (Iterator<Entry> eldest = entries.values().iterator(); bytes > maxBytes && eldest.hasNext();) {
            bytes -= eldest.next().page().json().length;
            eldest.remove();
        }
    }

    boolean enabled() {
        return maxBytes > 0;
    }

    /** Pages served from the cache since the start. */
    synchronized long hits() {
        return hits;
    }
}
