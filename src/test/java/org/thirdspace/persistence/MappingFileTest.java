package org.thirdspace.persistence;

import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

import javax.xml.parsers.DocumentBuilderFactory;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** The mapping file the persistence unit names is there and maps only classes and converters the unit manages. */
class MappingFileTest {

    @Test
    void theMappingFileNamesManagedEntitiesAndConverters() throws Exception {
        Document mapping;
        try (InputStream in = getClass().getClassLoader().getResourceAsStream(ThirdspacePersistenceUnit.MAPPING_FILE)) {
            assertThat(in).as(ThirdspacePersistenceUnit.MAPPING_FILE).isNotNull();
            DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
            factory.setNamespaceAware(true);
            mapping = factory.newDocumentBuilder().parse(in);
        }
        List<String> managed = ThirdspacePersistenceUnit.MANAGED_CLASSES.stream().map(Class::getName).toList();
        List<String> named = new ArrayList<>();
        NodeList entities = mapping.getElementsByTagNameNS("*", "entity");
        for (int i = 0; i < entities.getLength(); i++) {
            named.add(((Element) entities.item(i)).getAttribute("class"));
        }
        NodeList converts = mapping.getElementsByTagNameNS("*", "convert");
        for (int i = 0; i < converts.getLength(); i++) {
            named.add(((Element) converts.item(i)).getAttribute("converter"));
        }
        assertThat(named).isNotEmpty().allSatisfy(name -> assertThat(managed).contains(name));
        assertThat(new ThirdspacePersistenceUnit(null).getMappingFileNames()).containsExactly(ThirdspacePersistenceUnit.MAPPING_FILE);
    }
}
