package vn.ansinh.commitments.internal;

import java.util.Locale;

import org.springframework.stereotype.Component;

import vn.ansinh.commitments.Cadence;
import vn.ansinh.commitments.CommitmentsProperties;
import vn.ansinh.commitments.CommitmentsProperties.CadenceWords;

/** How often a duty is done, read from its wording by the words the settings give each cadence. */
@Component
public class CadenceReading {

    private static final Locale VIETNAMESE = Locale.forLanguageTag("vi");

    private final CommitmentsProperties properties;

    CadenceReading(CommitmentsProperties properties) {
        this.properties = properties;
    }

    /** The first cadence (in the settings' order) one of whose words the wording contains; ongoing for none. */
    public Cadence of(String wording) {
        String text = wording == null ? "" : wording.toLowerCase(VIETNAMESE);
        return properties.cadenceWords().stream()
                .filter(c -> c.words().stream().anyMatch(w -> text.contains(w.toLowerCase(VIETNAMESE))))
                .map(CadenceWords::cadence).findFirst().orElse(Cadence.ONGOING);
    }
}
