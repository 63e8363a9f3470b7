package vn.ansinh.apportionment.web;

import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.List;

import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import vn.ansinh.apportionment.Apportionment;
import vn.ansinh.apportionment.ApportionmentException;
import vn.ansinh.apportionment.Split;

/** The apportionment tool as JSON: it reads and writes nothing, it only computes. */
@RestController
@Tag(name = "Apportionment", description = "Split a whole among parts by the largest-remainder method")
class ApportionmentApiController {

    /** Bounds on what one request may ask, so that no request can keep the server busy. */
    static final int MAX_PARTS = 1000;
    static final int MAX_DIGITS = 24;
    static final int MAX_DECIMALS = 6;

    @PostMapping(path = "/api/v1/apportionment", consumes = MediaType.APPLICATION_JSON_VALUE)
    @Operation(summary = "Split a whole among parts in proportion to their bases (all bases zero: equally); "
            + "the shares add up to the whole. 422 with a message for a negative whole or base")
    SplitJson split(@RequestBody SplitRequest request) {
        if (request.whole() == null) {
            throw new ApportionmentException("apportionment.whole.missing");
        }
        LinkedHashMap<String, BigDecimal> bases = request.bases() == null ? new LinkedHashMap<>() : request.bases();
        checkBounds(bases);
        return SplitJson.of(Apportionment.split(request.whole(), bases));
    }

    private static void checkBounds(LinkedHashMap<String, BigDecimal> bases) {
        if (bases.size() > MAX_PARTS) {
            throw new ApportionmentException("apportionment.parts.tooMany", MAX_PARTS);
        }
        bases.forEach((name, base) -> {
            if (base != null && (base.precision() - base.scale() > MAX_DIGITS || base.scale() > MAX_DECIMALS)) {
                throw new ApportionmentException("apportionment.base.tooLarge", name);
            }
        });
    }

    /** The whole and the parts' bases, by part name in the order the parts are to be listed. */
    record SplitRequest(Long whole, LinkedHashMap<String, BigDecimal> bases) {
    }

    /** The split: every part's base, exact share with two decimals, and share; equal when no base counted. */
    record SplitJson(long whole, BigDecimal baseTotal, boolean equal, List<PartJson> parts) {

        static SplitJson of(Split split) {
            return new SplitJson(split.whole(), split.baseTotal(), split.equal(), split.parts().stream()
                    .map(p -> new PartJson(p.name(), p.base(), p.exactShare(), p.share())).toList());
        }
    }

    record PartJson(String name, BigDecimal base, BigDecimal exactShare, long share) {
    }

    /** A refusal: the message key and the message in the reader's language (Vietnamese unless asked). */}
