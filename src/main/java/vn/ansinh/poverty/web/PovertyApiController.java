package vn.ansinh.poverty.web;

import java.util.List;
import java.util.Locale;

import org.springframework.context.MessageSource;
import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import vn.ansinh.poverty.ClassificationRequest;
import vn.ansinh.poverty.ClassificationResult;
import vn.ansinh.poverty.PovertyStandards;

/** The poverty standards, and a household's classification under the one valid in a year. */
@RestController
@Tag(name = "Poverty standards", description = "Poverty standards by period and the classification of a household")
class PovertyApiController {

    private final PovertyStandards standards;
    private final MessageSource messages;

    PovertyApiController(PovertyStandards standards, MessageSource messages) {
        this.standards = standards;
        this.messages = messages;
    }

    @GetMapping("/api/v1/poverty/standards")
    @Operation(summary = "Every poverty standard, oldest first: validity, rule, income lines per area, indicators")
    List<StandardJson> standards() {
        return standards.all().stream().map(StandardJson::of).toList();
    }

    @PostMapping(path = "/api/v1/poverty/classify", consumes = MediaType.APPLICATION_JSON_VALUE)
    @Operation(summary = "Classify a household (POOR, NEAR_POOR, MEDIUM, NOT_POOR) under the standard valid in the "
            + "year, with the reason; 422 for an unknown indicator code, a year no standard covers or a negative income")
    ClassificationJson classify(@RequestBody ClassificationRequest request, Locale locale) {
        ClassificationResult result = standards.classify(request);
        String explanation = messages.getMessage(result.decision().reason(), result.decision().arguments().toArray(), locale);
        return new ClassificationJson(result.classification().name(), result.standard().code(), result.standard().name(),
                result.standard().legalBasis(), result.standard().draft(), explanation);
    }

    /** standard: the code of the standard applied; explanation: why, in the reader's language. */
    record ClassificationJson(String classification, String standard, String standardName, String legalBasis,
            boolean draft, String explanation) {
    }
}
