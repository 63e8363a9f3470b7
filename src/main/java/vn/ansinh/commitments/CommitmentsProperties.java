package vn.ansinh.commitments;

import java.util.List;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Commitments settings. cadenceWords: the words of a duty's wording that say how often it is done, tried in
 * order (the first cadence whose word the wording contains wins, so the more precise comes first); a wording
 * with none of them is ongoing.
 */
@ConfigurationProperties("ansinh.commitments")
public record CommitmentsProperties(List<CadenceWords> cadenceWords) {

    public CommitmentsProperties {
        cadenceWords = cadenceWords == null ? List.of() : List.copyOf(cadenceWords);
    }

    /** A cadence and the words that say it («hàng tháng»). */
    public record CadenceWords(Cadence cadence, List<String> words) {

        public CadenceWords {
            words = words == null ? List.of() : List.copyOf(words);
        }
    }
}
