package vn.ansinh.households.web;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;

import org.springframework.context.MessageSource;
import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import vn.ansinh.households.HouseholdClassifier;
import vn.ansinh.poverty.ClassificationResult;
import vn.ansinh.shared.AccessScope;

/** A registered household classified on a review date, with the area its unit has that day. */
@RestController
@Tag(name = "Household registry")
class HouseholdClassifyApiController {

    private final HouseholdClassifier classifier;
    private final MessageSource messages;

    HouseholdClassifyApiController(HouseholdClassifier classifier, MessageSource messages) {
        this.classifier = classifier;
        this.messages = messages;
    }

    @PostMapping(path = "/api/v1/households/{id}/classify", consumes = MediaType.APPLICATION_JSON_VALUE)
    @Operation(summary = "Classify the household on a review date: the standard of that year, the income line of the "
            + "area (RURAL, URBAN) its unit has that day (a township until 30/06/2025 is urban, the commune it became rural)")
    ClassifiedJson classify(@PathVariable long id, @RequestBody RequestJson request, AccessScope scope, Locale locale) {
        HouseholdClassifier.Result classified = classifier.classify(id, request.date(), request.incomePerPerson(),
                request.deprivations(), scope);
        ClassificationResult result = classified.result();
        return new ClassifiedJson(classified.household().id(), classified.day(), classified.area().name(),
                classified.areaFromUnit(), result.classification().name(), result.standard().code(),
                messages.getMessage(result.decision().reason(), result.decision().arguments().toArray(), locale));
    }

    /** date: the review date; incomePerPerson in đồng per month; deprivations: the standard's indicator codes. */
    record RequestJson(LocalDate date, BigDecimal incomePerPerson, List<String> deprivations) {
    }

    /** areaFromUnit: false where the unit's kind gives no area and the household's record was used. */
    record ClassifiedJson(long householdId, LocalDate date, String area, boolean areaFromUnit, String classification,
            String standard, String explanation) {
    }
}
