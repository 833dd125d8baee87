package org.thirdspace.emulator;

import java.util.Map;

/** A tool link on an emulated course page: the resource link id, its title and text, and its custom parameters. */
public record EmulatedLink(String id, String title, String text, Map<String, String> custom) {
}
