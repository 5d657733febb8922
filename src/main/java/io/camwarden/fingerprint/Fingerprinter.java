package io.camwarden.fingerprint;

import io.camwarden.domain.scan.Observation;
import io.camwarden.domain.scan.ObservationKinds;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Observations in, identity claims out. Each observation kind that recog has a database for is
 * matched against it (first fingerprint wins, as in recog), and every kind against CamWarden's own
 * camera fingerprints (all matching rows count). A CamWarden row whose pattern is exactly a recog
 * fingerprint's pattern refines that fingerprint: recog's claims for it are replaced by the row's
 * (that is how a generic recog pattern becomes a low-confidence lead). ONVIF device information and
 * vendor control protocols are facts in themselves ({@link OnvifClaims}).
 * <p>
 * Loading compiles about 2,000 regular expressions: do it once ({@link #bundled()}) and share the
 * instance; it is immutable and safe for any number of threads.
 */
public final class Fingerprinter {

    /** Observation kind → the recog file that interprets it. */
    public static final Map<String, String> RECOG_FILES = orderedMap(
            ObservationKinds.HTTP_SERVER, "http_servers.xml",
            ObservationKinds.HTTP_WWW_AUTHENTICATE, "http_wwwauth.xml",
            ObservationKinds.HTML_TITLE, "html_title.xml",
            ObservationKinds.FAVICON_MD5, "favicons.xml",
            ObservationKinds.RTSP_SERVER, "rtsp_servers.xml",
            ObservationKinds.TELNET_BANNER, "telnet_banners.xml",
            ObservationKinds.TLS_SUBJECT, "x509_subjects.xml",
            ObservationKinds.FTP_BANNER, "ftp_banners.xml");

    private static final String RECOG_DIR = "/fingerprints/recog/";
    private static final String CAMWARDEN_DIR = "/fingerprints/camwarden/";

    private final Map<String, RecogDatabase> recogByKind;
    private final Map<String, List<CameraFingerprint>> camerasByKind;
    private final Map<String, Set<String>> refinedRecogPatterns;

    Fingerprinter(Map<String, RecogDatabase> recogByKind, List<CameraFingerprint> cameraFingerprints) {
        this.recogByKind = Map.copyOf(recogByKind);
        this.camerasByKind = cameraFingerprints.stream()
                .collect(Collectors.groupingBy(CameraFingerprint::kind, Collectors.toUnmodifiableList()));
        Map<String, Set<String>> refined = new LinkedHashMap<>();
        for (CameraFingerprint row : cameraFingerprints) {
            RecogDatabase recog = recogByKind.get(row.kind());
            if (recog != null && recog.fingerprints().stream().anyMatch(f -> f.pattern().equals(row.pattern().pattern()))) {
                refined.computeIfAbsent(row.kind(), k -> new HashSet<>()).add(row.pattern().pattern());
            }
        }
        this.refinedRecogPatterns = Map.copyOf(refined);
    }

    /** The fingerprints shipped in the jar, loaded once per JVM. */
    public static Fingerprinter bundled() {
        return Bundled.INSTANCE;
    }

    private static final class Bundled {
        static final Fingerprinter INSTANCE = loadBundled();
    }

    private static Fingerprinter loadBundled() {
        Map<String, RecogDatabase> recog = new LinkedHashMap<>();
        RECOG_FILES.forEach((kind, file) -> {
            try (InputStream in = resource(RECOG_DIR + file)) {
                recog.put(kind, RecogXmlReader.read(file, in));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        });
        try (Reader csv = new InputStreamReader(resource(CAMWARDEN_DIR + CameraFingerprint.FILE), StandardCharsets.UTF_8)) {
            return new Fingerprinter(recog, CameraFingerprintFile.read(csv, knownKinds()));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static InputStream resource(String path) {
        InputStream in = Fingerprinter.class.getResourceAsStream(path);
        if (in == null) {
            throw new FingerprintDataException("fingerprint data " + path + " is missing from the classpath; "
                    + "the CamWarden jar is incomplete: reinstall it");
        }
        return in;
    }

    /** Every observation kind CamWarden's data files may name. */
    static Set<String> knownKinds() {
        Set<String> kinds = new HashSet<>();
        for (var field : ObservationKinds.class.getFields()) {
            try {
                kinds.add((String) field.get(null));
            } catch (IllegalAccessException e) {
                throw new IllegalStateException(e);
            }
        }
        return Set.copyOf(kinds);
    }

    /** What one observation says about the host's identity; never throws for any observation. */
    public List<Claim> claims(Observation observation) {
        if (observation == null || observation.kind() == null || observation.value() == null) {
            return List.of();
        }
        String kind = observation.kind();
        List<String> texts = ObservationText.candidates(kind, observation.value());
        if (texts.isEmpty()) {
            return List.of();
        }
        if (OnvifClaims.handles(kind)) {
            return OnvifClaims.of(observation, texts.getFirst());
        }
        List<Claim> claims = new ArrayList<>();
        RecogDatabase recog = recogByKind.get(kind);
        if (recog != null) {
            firstRecogHit(recog, texts)
                    .filter(hit -> !refinedRecogPatterns.getOrDefault(kind, Set.of()).contains(hit.fingerprint().pattern()))
                    .ifPresent(hit -> claims.addAll(RecogClaims.of(hit, observation)));
        }
        for (CameraFingerprint row : camerasByKind.getOrDefault(kind, List.of())) {
            for (String text : texts) {
                List<Claim> rowClaims = row.claims(observation, text);
                if (!rowClaims.isEmpty()) {
                    claims.addAll(rowClaims);
                    break;
                }
            }
        }
        return claims;
    }

    /** All claims of a host's observations, in observation order. */
    public List<Claim> claims(Collection<Observation> observations) {
        List<Claim> claims = new ArrayList<>();
        for (Observation observation : observations) {
            claims.addAll(claims(observation));
        }
        return claims;
    }

    private static Optional<RecogHit> firstRecogHit(RecogDatabase recog, List<String> texts) {
        for (String text : texts) {
            Optional<RecogHit> hit = recog.firstMatch(text);
            if (hit.isPresent()) {
                return hit;
            }
        }
        return Optional.empty();
    }

    /** The recog database for an observation kind, if recog has one. */
    public Optional<RecogDatabase> recogDatabase(String kind) {
        return Optional.ofNullable(recogByKind.get(kind));
    }

    /** CamWarden's camera fingerprints, in file order. */
    public List<CameraFingerprint> cameraFingerprints() {
        return camerasByKind.values().stream().flatMap(List::stream)
                .sorted(Comparator.comparingInt(CameraFingerprint::line)).toList();
    }

    /** recog patterns that a CamWarden row refines, per observation kind. */
    public Map<String, Set<String>> refinedRecogPatterns() {
        return refinedRecogPatterns;
    }

    private static Map<String, String> orderedMap(String... keysAndValues) {
        Map<String, String> map = new LinkedHashMap<>();
        for (int i = 0; i < keysAndValues.length; i += 2) {
            map.put(keysAndValues[i], keysAndValues[i + 1]);
        }
        return Collections.unmodifiableMap(map);
    }
}
