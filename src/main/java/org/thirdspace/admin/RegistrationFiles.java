package org.thirdspace.admin;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.json.bind.Jsonb;
import jakarta.json.bind.JsonbBuilder;
import jakarta.json.bind.JsonbException;
import org.thirdspace.application.Administrator;
import org.thirdspace.config.ToolSettings;
import org.thirdspace.database.DatabaseReady;
import org.thirdspace.lti.platform.RegistrationOrigin;
import org.thirdspace.lti.registration.RegisterPlatform;

import java.io.IOException;
import java.io.Reader;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Applies the registration documents in {@code <lti-config>/registrations/*.json} at every start,
 * once the database is ready. A document is applied as a whole or not at all; a bad document is
 * reported in the log with the reason and the others still apply. Applying is idempotent.
 */
@ApplicationScoped
public class RegistrationFiles {

    private static final Logger LOG = Logger.getLogger(RegistrationFiles.class.getName());
    static final Administrator CONFIGURATION = new Administrator("configuration-file", null);

    @Inject
    ToolSettings settings;

    @Inject
    RegisterPlatform registerPlatform;

    void onDatabaseReady(@Observes DatabaseReady ready) {
        Path folder = settings.ltiConfigDir().resolve("registrations");
        if (!Files.isDirectory(folder)) {
            LOG.fine(() -> "No registration folder " + folder);
            return;
        }
        List<Path> files = new ArrayList<>();
        try (DirectoryStream<Path> stream = Files.newDirectoryStream(folder, "*.json")) {
            stream.forEach(files::add);
        } catch (IOException e) {
            LOG.log(Level.SEVERE, "Cannot list registration files in " + folder, e);
            return;
        }
        files.sort(null);
        for (Path file : files) {
            apply(file);
        }
    }

    private void apply(Path file) {
        try (Reader reader = Files.newBufferedReader(file); Jsonb jsonb = JsonbBuilder.create()) {
            RegistrationRequest document = jsonb.fromJson(reader, RegistrationRequest.class);
            registerPlatform.apply(CONFIGURATION, document.command(), RegistrationOrigin.FILE);
            LOG.info(() -> "Applied registration file " + file.getFileName());
        } catch (JsonbException e) {
            LOG.severe(() -> "Registration file " + file + " is not valid JSON for a registration: " + e.getMessage());
        } catch (RuntimeException e) {
            LOG.severe(() -> "Registration file " + file + " was not applied: " + e.getMessage());
        } catch (Exception e) {
            LOG.log(Level.SEVERE, "Cannot read registration file " + file, e);
        }
    }
}
