package vn.ansinh.households;

import java.time.LocalDate;

/**
 * A member of a household. citizenId is personal data: shown only to roles that may see it.
 * education and employment as the register writes them.
 */
public record Member(String fullName, Sex sex, LocalDate birthDate, String relation, String citizenId,
        boolean disability, boolean healthInsurance, String education, String employment) {

    public Member masked() {
        return new Member(fullName, sex, birthDate, relation, vn.ansinh.shared.PersonalData.mask(citizenId), disability,
                healthInsurance, education, employment);
    }
}
