package vn.ansinh;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class RelativeRedirectsTest {

    @Test
    void anAbsoluteOrSchemeRelativeAddressIsCutToItsPath() {
        assertThat(RelativeRedirects.relative("http://evil.example:8080/programmes/1?lang=en")).isEqualTo("/programmes/1?lang=en");
        assertThat(RelativeRedirects.relative("https://evil.example")).isEqualTo("/");
        assertThat(RelativeRedirects.relative("//evil.example/x")).isEqualTo("/x");
        assertThat(RelativeRedirects.relative("/\\evil.example/x")).isEqualTo("/");
        assertThat(RelativeRedirects.relative("/login?error")).isEqualTo("/login?error");
    }
}
