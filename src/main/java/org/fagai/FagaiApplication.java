package org.fagai;

import org.fagai.shared.DatabaseTool;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;
import org.springframework.scheduling.annotation.EnableScheduling;

@SpringBootApplication
@ConfigurationPropertiesScan
@EnableScheduling
public class FagaiApplication {

    /** {@code java -jar fagai.jar} serves; {@code … backup [file]} and {@code … restore <file>} run and exit. */
    public static void main(String[] args) {
        if (DatabaseTool.handles(args)) {
            System.exit(DatabaseTool.run(args));
        }
        SpringApplication.run(FagaiApplication.class, args);
    }
}
