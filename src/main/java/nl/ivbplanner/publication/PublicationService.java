package nl.ivbplanner.publication;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import java.util.zip.GZIPOutputStream;
import nl.ivbplanner.plan.PlanState;
import nl.ivbplanner.security.MunicipalityAccess;
import nl.ivbplanner.security.Permission;
import nl.ivbplanner.web.NotFoundException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Publishing a plan's versions and reading them back. A version may be read by anyone where the municipality
 * publishes, and by everyone who may see the municipality where it does not; anyone else gets a 404, so a guessed
 * address tells nothing.
 */
@Service
public class PublicationService {

    private final PublicationRepository versions;
    private final PublishedLists lists;
    private final MunicipalityAccess access;
    private final Cache<String, byte[]> files = Caffeine.newBuilder()
            // the published files most read at once (a council meeting's documents), up to 64 MB
            .maximumWeight(64L * 1024 * 1024)
            .weigher((String hash, byte[] bytes) -> bytes.length)
            .build();

    PublicationService(PublicationRepository versions, PublishedLists lists, MunicipalityAccess access) {
        this.versions = versions;
        this.lists = lists;
        this.access = access;
    }

    /** The number the plan's next version of the document gets. */
    @Transactional(readOnly = true)
    public int nextNumber(long planId, DocumentType document) {
        return versions.nextNumber(planId, document);
    }

    /**
     * Stores the version; empty when a version with its number was published meanwhile (two first reads of a seeded
     * plan at once), which the caller then reads instead.
     */
    @Transactional
    public Optional<StoredVersion> publish(NewPublication version) {
        return versions.insert(version).map(versions::stored);
    }

    /**
     * The version of the document readers get now: the newest one published in the plan's present state, in the
     * audience's rendering. After an evaluation is reopened the plan is adopted again, and its readers get the
     * adopted version, not the evaluation taken back. Empty when the plan came into its state without the application
     * (the seeds).
     */
    @Transactional(readOnly = true)
    public Optional<StoredVersion> current(long planId, DocumentType document, PlanState state, Audience audience) {
        return versions.newest(planId, document, state, audience);
    }

    /**
     * Holds the plan's row until the caller's transaction ends, so a reader that publishes a seeded plan's first
     * version and a decision that publishes one never take the same number, and a second first reader waits and
     * then finds the version instead of rendering it again.
     */
    @Transactional
    public void lockPlan(long planId) {
        versions.lockPlan(planId);
    }

    /**
     * A version by its address, for whoever may read it: at the address for anyone its public rendering; at the
     * signed-in address the council's, where it has one, for who may see the municipality.
     */
    @Transactional(readOnly = true)
    public StoredVersion version(VersionAddress address, Audience wanted) {
        return versions.version(address, wanted)
                .filter(version ->
                        version.audience() == Audience.PUBLIC || access.may(Permission.VIEW, version.municipalityId()))
                .or(() -> versions.version(address, Audience.PUBLIC))
                .filter(this::readable)
                .orElseThrow(NotFoundException::new);
    }

    /** A plan's versions, newest first, for its page. */
    @Transactional(readOnly = true)
    public List<PublishedVersion> ofPlan(long planId) {
        return lists.ofPlan(planId);
    }

    /** A publishing municipality's frameworks with their published plans and versions; else a 404. */
    @Transactional(readOnly = true)
    public PublicIndex index(String municipalitySlug) {
        String name = lists.publishingMunicipality(municipalitySlug).orElseThrow(NotFoundException::new);
        Map<Long, List<PublishedVersion>> byPlan = lists.ofMunicipality(municipalitySlug).stream()
                .collect(Collectors.groupingBy(PublishedVersion::planId, LinkedHashMap::new, Collectors.toList()));
        Map<Long, List<PublicIndex.Row>> byFramework = lists.publicPlans(municipalitySlug).stream()
                .collect(Collectors.groupingBy(PublicIndex.Row::frameworkId, LinkedHashMap::new, Collectors.toList()));
        List<PublicIndex.Framework> frameworks = byFramework.values().stream()
                .map(rows -> {
                    PublicIndex.Row first = rows.get(0);
                    return new PublicIndex.Framework(
                            first.frameworkSlug(),
                            first.frameworkTitle(),
                            first.firstYear(),
                            first.lastYear(),
                            rows.stream()
                                    .filter(row -> row.planId() != null)
                                    .map(row -> new PublicIndex.Plan(
                                            row.planId(),
                                            row.frameworkSlug(),
                                            row.year(),
                                            row.title(),
                                            row.state(),
                                            byPlan.getOrDefault(row.planId(), List.of())))
                                    .toList());
                })
                .toList();
        return new PublicIndex(municipalitySlug, name, frameworks);
    }

    /**
     * A version's file, kept in memory once read: a hash names its bytes for good (rows are never updated), so a kept
     * file is never stale, and a repeated read neither reads nor decompresses the stored bytes again.
     */
    public byte[] bytes(StoredVersion version, PublishedFile file) {
        return files.get(version.sha256(file), hash -> versions.bytes(version.id(), file));
    }

    /** The file compressed with gzip, kept beside it: compressed once, not on every read. */
    public byte[] gzipped(StoredVersion version, PublishedFile file) {
        byte[] plain = bytes(version, file);
        return files.get(version.sha256(file) + ".gz", key -> gzip(plain));
    }

    private static byte[] gzip(byte[] plain) {
        ByteArrayOutputStream compressed = new ByteArrayOutputStream(plain.length / 4);
        try (GZIPOutputStream out = new GZIPOutputStream(compressed)) {
            out.write(plain);
        } catch (IOException e) {
            throw new UncheckedIOException("gzip in memory cannot fail", e);
        }
        return compressed.toByteArray();
    }

    private boolean readable(StoredVersion version) {
        return version.publishPublicly() || access.may(Permission.VIEW, version.municipalityId());
    }
}
