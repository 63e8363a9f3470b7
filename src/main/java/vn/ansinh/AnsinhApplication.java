package vn.ansinh;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;

/** ansinh: coordination programmes for labour, poverty reduction and social protection. */
@SpringBootApplication
@ConfigurationPropertiesScan
public class AnsinhApplication {

    public static void main(String[] args) {
        SpringApplication.run(AnsinhApplication.class, args);
    }
}
