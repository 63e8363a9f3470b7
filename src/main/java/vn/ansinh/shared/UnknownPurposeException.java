package vn.ansinh.shared;

import java.util.Arrays;
import java.util.stream.Collectors;

/** An API call named a purpose for personal data that is not one of {@link AccessPurpose}'s. */
public class UnknownPurposeException extends CodedException {

    public UnknownPurposeException(String given) {
        super("privacy.api.purposeUnknown", given,
                Arrays.stream(AccessPurpose.values()).map(Enum::name).collect(Collectors.joining(", ")));
    }

    @Override
    public String field() {
        return PersonalDataViews.API_PURPOSE;
    }
}
