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

    @RepeatedTest(20)
    void generatedPasswordsPassThePolicy() {
        String password = PasswordGenerator.generate();
        assertThat(password).hasSize(16);
        assertThat(PasswordPolicy.problems(password, "quantri")).isEmpty();
    }
}
