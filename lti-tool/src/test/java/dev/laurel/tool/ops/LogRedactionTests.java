package dev.laurel.tool.ops;

import static org.assertj.core.api.Assertions.assertThat;

import dev.laurel.testsupport.ToolTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.slf4j.LoggerFactory;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;

@ToolTest
@ExtendWith(OutputCaptureExtension.class)
class LogRedactionTests {

    @Test
    void jwtShapedValuesNeverReachTheLog(CapturedOutput output) {
        String token = "eyJhbGciOiJSUzI1NiJ9.eyJzdWIiOiJsZWFybmVyIn0.c2lnbmF0dXJlLWJ5dGVz";

        LoggerFactory.getLogger(LogRedactionTests.class).warn("launch failed for token {}", token);

        assertThat(output.getOut()).contains("launch failed for token [redacted-jwt]").doesNotContain(token);
    }
}
