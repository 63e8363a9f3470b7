package vn.ansinh.labour.internal.importing;

import java.util.Map;
import java.util.Optional;

import vn.ansinh.labour.JobPlace;
import vn.ansinh.labour.RecordKind;
import vn.ansinh.shared.TextKeys;

/** The kinds and places a labour list writes, in Vietnamese or as codes. */
final class RecordValues {

    private static final Map<String, RecordKind> KINDS = Map.ofEntries(
            Map.entry("giaiquyetvieclam", RecordKind.JOB_PLACEMENT), Map.entry("vieclam", RecordKind.JOB_PLACEMENT),
            Map.entry("hocnghe", RecordKind.TRAINEE), Map.entry("daotaonghe", RecordKind.TRAINEE),
            Map.entry("chungchinghe", RecordKind.CERTIFICATE), Map.entry("sathachcapchungchinghe", RecordKind.CERTIFICATE),
            Map.entry("tuvanxkld", RecordKind.EXPORT_COUNSELLING), Map.entry("tuvanxuatkhaulaodong", RecordKind.EXPORT_COUNSELLING),
            Map.entry("dangkyxkld", RecordKind.EXPORT_REGISTRATION), Map.entry("dangkyxuatkhaulaodong", RecordKind.EXPORT_REGISTRATION),
            Map.entry("xuatcanh", RecordKind.EXPORT_DEPARTURE), Map.entry("dixkld", RecordKind.EXPORT_DEPARTURE),
            Map.entry("venuoctruochan", RecordKind.EXPORT_EARLY_RETURN));
    private static final Map<String, JobPlace> PLACES = Map.of("taixa", JobPlace.IN_COMMUNE, "trongtinh", JobPlace.IN_PROVINCE,
            "ngoaitinh", JobPlace.OTHER_PROVINCE, "nuocngoai", JobPlace.ABROAD);

    private RecordValues() {
    }

    static Optional<RecordKind> kind(String text) {
        String key = TextKeys.key(text);
        RecordKind byName = KINDS.get(key);
        if (byName != null) {
            return Optional.of(byName);
        }
        return java.util.Arrays.stream(RecordKind.values()).filter(k -> TextKeys.key(k.name()).equals(key)).findFirst();
    }

    static Optional<JobPlace> place(String text) {
        String key = TextKeys.key(text);
        JobPlace byName = PLACES.get(key);
        if (byName != null) {
            return Optional.of(byName);
        }
        return java.util.Arrays.stream(JobPlace.values()).filter(p -> TextKeys.key(p.name()).equals(key)).findFirst();
    }
}
