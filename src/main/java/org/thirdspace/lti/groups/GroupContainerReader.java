package org.thirdspace.lti.groups;

import com.nimbusds.jose.util.JSONObjectUtils;
import org.thirdspace.application.lms.GroupsPage;
import org.thirdspace.application.lms.ServiceRefused;
import org.thirdspace.community.coursegroup.ImportedGroup;
import org.thirdspace.community.coursegroup.ImportedGroupSet;
import org.thirdspace.lti.nrps.LinkHeader;

import java.net.URI;
import java.text.ParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Reads Course Groups Service containers: {@code {"groups": [{"id", "name", "tag", "set_ids"}]}}
 * and {@code {"sets": [{"id", "name", "tag"}]}}. Every group and set needs an {@code id}; a missing
 * name falls back to it. Platforms differ on a group's sets: a {@code set_ids} array (Moodle) or a
 * single {@code set_id}; both are read.
 */
public final class GroupContainerReader {

    private GroupContainerReader() {
    }

    public static GroupsPage groups(String body, URI pageUrl, List<String> linkHeaders) throws ServiceRefused {
        List<?> items = array(body, "groups");
        List<ImportedGroup> groups = new ArrayList<>(items.size());
        int position = 0;
        for (Object item : items) {
            position++;
            Map<?, ?> group = object(item, "group", position);
            String id = id(group, "group", position);
            List<String> sets = new ArrayList<>();
            if (group.get("set_ids") instanceof List<?> ids) {
                ids.forEach(s -> addId(sets, s));
            }
            addId(sets, group.get("set_id"));
            groups.add(new ImportedGroup(id, name(group, id), text(group, "tag", 255), sets.stream().distinct().toList()));
        }
        return new GroupsPage(groups, List.of(), next(pageUrl, linkHeaders));
    }

    public static GroupsPage sets(String body, URI pageUrl, List<String> linkHeaders) throws ServiceRefused {
        List<?> items = array(body, "sets");
        List<ImportedGroupSet> sets = new ArrayList<>(items.size());
        int position = 0;
        for (Object item : items) {
            position++;
            Map<?, ?> set = object(item, "group set", position);
            String id = id(set, "group set", position);
            sets.add(new ImportedGroupSet(id, name(set, id), text(set, "tag", 255)));
        }
        return new GroupsPage(List.of(), sets, next(pageUrl, linkHeaders));
    }

    private static List<?> array(String body, String name) throws ServiceRefused {
        try {
            if (JSONObjectUtils.parse(body).get(name) instanceof List<?> list) {
                return list;
            }
        } catch (ParseException e) {
            throw new ServiceRefused("malformed course groups container: not a JSON object");
        }
        throw new ServiceRefused("malformed course groups container: no " + name + " array");
    }

    private static Map<?, ?> object(Object item, String what, int position) throws ServiceRefused {
        if (item instanceof Map<?, ?> map) {
            return map;
        }
        throw new ServiceRefused("malformed course groups container: " + what + " " + position + " is not an object");
    }

    private static String id(Map<?, ?> map, String what, int position) throws ServiceRefused {
        Object id = map.get("id");
        if (id instanceof Number n) {
            return String.valueOf(n.longValue());
        }
        if (id instanceof String s && !s.isEmpty() && s.length() <= 255) {
            return s;
        }
        throw new ServiceRefused("malformed course groups container: " + what + " " + position + " has no usable id");
    }

    private static void addId(List<String> ids, Object id) {
        if (id instanceof Number n) {
            ids.add(String.valueOf(n.longValue()));
        } else if (id instanceof String s && !s.isEmpty() && s.length() <= 255) {
            ids.add(s);
        }
    }

    private static String name(Map<?, ?> map, String id) {
        String name = text(map, "name", 500);
        return name != null ? name : id;
    }

    private static String text(Map<?, ?> map, String key, int max) {
        Object value = map.get(key);
        if (!(value instanceof String s) || s.isEmpty()) {
            return null;
        }
        return s.length() > max ? s.substring(0, max) : s;
    }

    private static URI next(URI pageUrl, List<String> linkHeaders) {
        return LinkHeader.parse(linkHeaders, pageUrl).get("next");
    }
}
