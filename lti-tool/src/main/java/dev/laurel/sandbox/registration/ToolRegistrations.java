package dev.laurel.sandbox.registration;

import com.nimbusds.jose.util.JSONObjectUtils;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.text.ParseException;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Repository;

/** The registered tools, in the sandbox's {@code tool_registration} table. */
@Repository
public class ToolRegistrations {

    private final JdbcClient jdbc;

    ToolRegistrations(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Stores a new registration; its deployment id becomes its number, as Moodle's does. */
    ToolRegistration add(ToolRegistration registration) {
        GeneratedKeyHolder keys = new GeneratedKeyHolder();
        jdbc.sql("""
                INSERT INTO tool_registration (client_id, deployment_id, client_name, initiate_login_uri,
                  target_link_uri, jwks_uri, redirect_uris, tool_domain, scopes, claims, messages_json, custom_json,
                  logo_uri, registered_at) VALUES (?, '', ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""")
                .params(registration.clientId(), registration.clientName(), registration.initiateLoginUri(),
                        registration.targetLinkUri(), registration.jwksUri(), String.join("\n", registration.redirectUris()),
                        registration.domain(), String.join(" ", registration.scopes()),
                        String.join(" ", registration.claims()),
                        JSONObjectUtils.toJSONString(Map.of("messages", registration.messages())),
                        JSONObjectUtils.toJSONString(registration.custom()), registration.logoUri(),
                        registration.registeredAt())
                .update(keys, "id");
        long id = keys.getKey().longValue();
        jdbc.sql("UPDATE tool_registration SET deployment_id = ? WHERE id = ?").params(String.valueOf(id), id).update();
        return findByClientId(registration.clientId()).orElseThrow();
    }

    public Optional<ToolRegistration> findByClientId(String clientId) {
        return jdbc.sql("SELECT * FROM tool_registration WHERE client_id = ?").param(clientId)
                .query(ToolRegistrations::map).optional();
    }

    public Optional<ToolRegistration> findById(long id) {
        return jdbc.sql("SELECT * FROM tool_registration WHERE id = ?").param(id).query(ToolRegistrations::map).optional();
    }

    /** The most recently registered tool: the one the sandbox's "Laurel" activity launches. */
    public Optional<ToolRegistration> current() {
        return jdbc.sql("SELECT * FROM tool_registration ORDER BY id DESC LIMIT 1").query(ToolRegistrations::map).optional();
    }

    public List<ToolRegistration> all() {
        return jdbc.sql("SELECT * FROM tool_registration ORDER BY id").query(ToolRegistrations::map).list();
    }

    public boolean any() {
        return jdbc.sql("SELECT COUNT(*) FROM tool_registration").query(Long.class).single() > 0;
    }

    @SuppressWarnings("unchecked")
    private static ToolRegistration map(ResultSet rs, int row) throws SQLException {
        try {
            Map<String, Object> messages = JSONObjectUtils.parse(rs.getString("messages_json"));
            return new ToolRegistration(rs.getLong("id"), rs.getString("client_id"), rs.getString("deployment_id"),
                    rs.getString("client_name"), rs.getString("initiate_login_uri"), rs.getString("target_link_uri"),
                    rs.getString("jwks_uri"), words(rs.getString("redirect_uris"), "\n"), rs.getString("tool_domain"),
                    words(rs.getString("scopes"), " "), words(rs.getString("claims"), " "),
                    (List<Map<String, Object>>) messages.get("messages"),
                    new LinkedHashMap<>(JSONObjectUtils.parse(rs.getString("custom_json"))), rs.getString("logo_uri"),
                    rs.getLong("registered_at"));
        } catch (ParseException e) {
            throw new SQLException("stored registration JSON is unreadable", e);
        }
    }

    private static List<String> words(String value, String separator) {
        return value == null || value.isBlank() ? List.of() : Arrays.stream(value.split(separator)).filter(s -> !s.isBlank()).toList();
    }
}
