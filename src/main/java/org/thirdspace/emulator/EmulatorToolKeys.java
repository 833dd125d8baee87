package org.thirdspace.emulator;

import com.nimbusds.jose.jwk.JWK;
import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jose.jwk.RSAKey;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.thirdspace.config.ToolSettings;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.text.ParseException;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

/**
 * The tool's public keys as the emulated LMS knows them: read from the tool's JWKS URL over HTTP,
 * as any platform would, and read again when a JWT names a {@code kid} not seen yet.
 */
@ApplicationScoped
public class EmulatorToolKeys {

    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(3)).build();

    @Inject
    ToolSettings settings;

    private volatile JWKSet keys;
    private volatile Instant fetchedAt = Instant.EPOCH;

    /** The tool's public RSA key with this kid, if it publishes one. */
    public Optional<RSAKey> byKid(String kid) {
        JWKSet known = keys;
        if (known == null || known.getKeyByKeyId(kid) == null) {
            if (known == null || Duration.between(fetchedAt, Instant.now()).compareTo(Duration.ofSeconds(1)) >= 0) {
                known = fetch();
            }
        }
        JWK key = known == null ? null : known.getKeyByKeyId(kid);
        return key instanceof RSAKey rsa ? Optional.of(rsa) : Optional.empty();
    }

    private synchronized JWKSet fetch() {
        try {
            HttpResponse<String> response = HTTP.send(HttpRequest.newBuilder(URI.create(settings.url("/.well-known/jwks.json")))
                    .timeout(Duration.ofSeconds(3)).GET().build(), HttpResponse.BodyHandlers.ofString());
            if (response.statusCode() == 200) {
                keys = JWKSet.parse(response.body());
                fetchedAt = Instant.now();
            }
        } catch (IOException | ParseException e) {
            // The tool's keys cannot be read now: its JWTs are refused until they can.
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        return keys;
    }
}
