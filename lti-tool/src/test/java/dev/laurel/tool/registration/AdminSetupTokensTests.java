package dev.laurel.tool.registration;

import static org.assertj.core.api.Assertions.assertThat;

import dev.laurel.testsupport.DatabaseTest;
import dev.laurel.testsupport.ToolTest;
import dev.laurel.tool.LaurelProperties;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.PlatformTransactionManager;

@ToolTest
@DatabaseTest
@ExtendWith(OutputCaptureExtension.class)
class AdminSetupTokensTests {

    @Autowired
    JdbcClient jdbc;

    @Autowired
    PlatformTransactionManager transactionManager;

    @Autowired
    LaurelProperties laurel;

    @Autowired
    AdminSetupTokens tokens;

    @Test
    void announcesOneSetupLinkInOneLogLineAndStoresOnlyItsHash(CapturedOutput output) {
        AdminSetupTokens recovery = new AdminSetupTokens(jdbc, Clock.systemUTC(),
                new AdminProperties(Duration.ofHours(24), true), transactionManager);

        new AdminSetupAnnouncer(recovery, laurel).announce();

        Matcher link = Pattern.compile("http://localhost:8080/admin/setup\\?token=([A-Za-z0-9_-]{43})").matcher(output.getOut());
        assertThat(link.find()).isTrue();
        String token = link.group(1);
        assertThat(output.getOut().lines().filter(line -> line.contains(token))).hasSize(1);
        assertThat(jdbc.sql("SELECT COUNT(*) FROM admin_setup_token WHERE token_hash = ?").param(token)
                .query(Integer.class).single()).isZero();
        assertThat(recovery.isRedeemable(token)).isTrue();
    }

    @Test
    void aTokenIsRedeemedOnlyOnceAndBurnsTheOthers() {
        String first = tokens.issue();
        String second = tokens.issue();

        assertThat(tokens.redeem(first)).isTrue();
        assertThat(tokens.redeem(first)).isFalse();
        assertThat(tokens.redeem(second)).isFalse();
        assertThat(tokens.redeem("not-a-token")).isFalse();
        assertThat(tokens.adminExists()).isTrue();
    }

    @Test
    void anExpiredTokenIsRefused() {
        Clock dayAgo = Clock.fixed(Instant.now().minus(Duration.ofHours(25)), ZoneOffset.UTC);
        AdminSetupTokens old = new AdminSetupTokens(jdbc, dayAgo, new AdminProperties(Duration.ofHours(24), false),
                transactionManager);
        String token = old.issue();

        assertThat(tokens.isRedeemable(token)).isFalse();
        assertThat(tokens.redeem(token)).isFalse();
    }
}
