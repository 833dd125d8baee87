package org.thirdspace.persistence;

import jakarta.persistence.Converter;
import jakarta.persistence.Entity;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/** The persistence unit lists its classes by hand; this keeps the list complete. */
class ManagedClassesTest {

    @Test
    void everyEntityAndConverterIsListed() throws IOException, URISyntaxException {
        Path classes = Path.of(ThirdspacePersistenceUnit.class.getProtectionDomain().getCodeSource().getLocation().toURI());
        List<Class<?>> annotated;
        try (Stream<Path> files = Files.walk(classes)) {
            annotated = files.filter(f -> f.toString().endsWith(".class") && !f.getFileName().toString().contains("$"))
                    .map(f -> classes.relativize(f).toString().replace('/', '.').replaceAll("\\.class$", ""))
                    .map(ManagedClassesTest::load)
                    .filter(c -> c.isAnnotationPresent(Entity.class) || c.isAnnotationPresent(Converter.class))
                    .toList();
        }
        assertThat(annotated).isNotEmpty();
        assertThat(ThirdspacePersistenceUnit.MANAGED_CLASSES).containsExactlyInAnyOrderElementsOf(annotated);
    }

    private static Class<?> load(String name) {
        try {
            return Class.forName(name, false, ManagedClassesTest.class.getClassLoader());
        } catch (ClassNotFoundException e) {
            throw new IllegalStateException(e);
        }
    }
}
