package fr.ricochet.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import org.junit.jupiter.api.Test;

class ServeCommandTest {

    @Test
    void aBadSettingStopsWithAClearMessageAndNoStackTrace() {
        StringWriter err = new StringWriter();
        int code = Main.execute(new ByteArrayInputStream(new byte[0]), new PrintWriter(new StringWriter()),
                new PrintWriter(err), "serve", "--port", "70000");
        assertThat(code).isEqualTo(ServeCommand.BAD_SETTING);
        assertThat(err.toString()).isEqualTo("ricochet serve: port 70000 is out of range (0-65535)"
                + System.lineSeparator());
    }

    @Test
    void aMissingRulesDirectoryIsABadSetting() {
        StringWriter err = new StringWriter();
        int code = Main.execute(new ByteArrayInputStream(new byte[0]), new PrintWriter(new StringWriter()),
                new PrintWriter(err), "serve", "--rules", "/nonexistent/rules");
        assertThat(code).isEqualTo(ServeCommand.BAD_SETTING);
        assertThat(err.toString()).contains("/nonexistent/rules does not exist").doesNotContain("\tat ");
    }
}
