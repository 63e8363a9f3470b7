package vn.ansinh.accounts;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.RepeatedTest;
import org.junit.jupiter.api.Test;

class PasswordPolicyTest {

    @Test
    void acceptsALongPasswordWithLettersAndDigits() {
        assertThat(PasswordPolicy.problems("Lua-gao-2019-camlo", "canbo.caman")).isEmpty();
    }

    @Test
    void namesEveryProblem() {
        assertThat(PasswordPolicy.problems("abc", "canbo")).containsExactly("password.tooShort", "password.lettersAndDigits");
        assertThat(PasswordPolicy.problems("canbo.caman2024", "canbo.caman")).containsExactly("password.containsUsername");
        assertThat(PasswordPolicy.problems("matkhau123", "x")).containsExactly("password.common");
        assertThat(PasswordPolicy.problems(null, "x")).contains("password.tooShort");
    }

    @Test
    void refusesThePasswordsOfTheListAndTheirTrivialVariantsWhateverTheCase() {
        for (String common : new String[] {"password1234", "qwerty12345", "Password1234", "QWERTY12345", "iloveyou2019",
                "Dragon@1234", "1234matkhau", "sunshine0000", "baseball9876", "1q2w3e4r5t"}) {
            assertThat(PasswordPolicy.problems(common, "canbo.caman")).as(common).contains("password.common");
        }
        assertThat(PasswordPolicy.problems("dragon-ruong-lua-7", "canbo.caman")).isEmpty();
        assertThat(PasswordPolicy.problems("Hoa-sen-Cam-Lo-48", "canbo.caman")).isEmpty();
    }

    @Test
    void refusesTheUsernameBackwards() {
        assertThat(PasswordPolicy.problems("namac.obnac77", "canbo.caman")).containsExactly("password.containsUsername");
    }

    @RepeatedTest(20)
    void generatedPasswordsPassThePolicy() {
        String password = PasswordGenerator.generate();
        assertThat(password).hasSize(16);
        assertThat(PasswordPolicy.problems(password, "quantri")).isEmpty();
    }
}
