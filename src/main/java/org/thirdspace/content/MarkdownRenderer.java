package org.thirdspace.content;

import org.commonmark.node.AbstractVisitor;
import org.commonmark.node.Code;
import org.commonmark.node.CustomNode;
import org.commonmark.node.FencedCodeBlock;
import org.commonmark.node.HardLineBreak;
import org.commonmark.node.Heading;
import org.commonmark.node.IndentedCodeBlock;
import org.commonmark.node.Link;
import org.commonmark.node.Node;
import org.commonmark.node.Paragraph;
import org.commonmark.node.SoftLineBreak;
import org.commonmark.node.Text;
import org.commonmark.parser.Parser;
import org.commonmark.renderer.NodeRenderer;
import org.commonmark.renderer.html.HtmlNodeRendererContext;
import org.commonmark.renderer.html.HtmlRenderer;
import org.commonmark.renderer.html.HtmlWriter;
import org.owasp.html.HtmlPolicyBuilder;
import org.owasp.html.PolicyFactory;

import java.util.LinkedHashSet;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;
import java.util.regex.Pattern;

/**
 * Markdown in, safe HTML out: CommonMark with raw HTML escaped, then the OWASP Java HTML
 * Sanitizer with a small allow-list — no script, style, iframe, image, form or event handler
 * survives, links are http(s)/mailto only and carry {@code rel="noopener nofollow ugc"}.
 *
 * <p>Mentions are written {@code [@Name](mention:<person id>)} (the composer inserts them); they
 * render with the person's real name, never the text typed, and only when the resolver knows the
 * person (a member of the space) — otherwise as plain text. Only these become mention links
 * ({@code class="ts-mention"}); a link to a person's page typed by hand
 * ({@code [@Someone](#/people/<id>)}) keeps its words and loses its link, so nobody can dress text
 * up as a mention. What a stored body shows is settled when it is read ({@link MentionLinks}).
 */
public final class MarkdownRenderer {

    public static final int MAX_LENGTH = 20_000;
    private static final String MENTION = "mention:";
    private static final Pattern UUID_PATTERN = Pattern.compile("[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}");

    private static final Parser PARSER = Parser.builder().build();
    private static final String PEOPLE = "#/people/";
    private static final HtmlRenderer HTML = HtmlRenderer.builder().escapeHtml(true).sanitizeUrls(true)
            .attributeProviderFactory(context -> (node, tag, attributes) -> {
                if (node instanceof Link && "a".equals(tag)) {
                    // Inside an LMS iframe, other sites open in a new tab.
                    attributes.put("target", "_blank");
                }
            })
            .nodeRendererFactory(MentionRenderer::new)
            .build();

    private static final PolicyFactory POLICY = new HtmlPolicyBuilder()
            .allowElements("p", "br", "em", "strong", "code", "pre", "blockquote", "ul", "ol", "li", "hr", "del",
                    "h1", "h2", "h3", "h4", "h5", "h6", "a")
            .allowUrlProtocols("https", "http", "mailto")
            .allowAttributes("href").onElements("a")
            .allowAttributes("class").matching(Pattern.compile("ts-mention")).onElements("a")
            .allowAttributes("data-person").matching(UUID_PATTERN).onElements("a")
            .allowAttributes("target").matching(Pattern.compile("_blank")).onElements("a")
            .allowAttributes("start").matching(Pattern.compile("[0-9]{1,6}")).onElements("ol")
            .requireRelsOnLinks("noopener", "nofollow", "ugc")
            .toFactory();

    private MarkdownRenderer() {
    }

    /** Renders a body; {@code members} gives the name of a person who may be mentioned here. */
    public static RenderedBody render(String markdown, Function<UUID, Optional<String>> members) {
        Node document = PARSER.parse(markdown == null ? "" : markdown);
        Set<UUID> mentioned = new LinkedHashSet<>();
        document.accept(new AbstractVisitor() {
            @Override
            public void visit(Link link) {
                String destination = link.getDestination();
                if (destination != null && destination.startsWith(MENTION)) {
                    mention(link, destination.substring(MENTION.length()), members, mentioned);
                } else if (destination != null && destination.startsWith(PEOPLE)) {
                    unwrap(link);
                } else {
                    visitChildren(link);
                }
            }
        });
        String html = POLICY.sanitize(HTML.render(document));
        String text = plainText(document);
        return new RenderedBody(html, text, Set.copyOf(mentioned));
    }

    private static void mention(Link link, String id, Function<UUID, Optional<String>> members, Set<UUID> mentioned) {
        Optional<String> name = Optional.empty();
        UUID person = null;
        if (UUID_PATTERN.matcher(id).matches()) {
            person = UUID.fromString(id);
            name = members.apply(person);
        }
        if (name.isPresent()) {
            mentioned.add(person);
            Mention mention = new Mention(person);
            mention.appendChild(new Text("@" + name.get()));
            link.insertBefore(mention);
            link.unlink();
        } else {
            // Not someone who can be mentioned here: keep the words as written, drop the link.
            unwrap(link);
        }
    }

    /** Keeps a link's words in place of the link. */
    private static void unwrap(Link link) {
        Node child = link.getFirstChild();
        while (child != null) {
            Node next = child.getNext();
            link.insertBefore(child);
            child = next;
        }
        link.unlink();
    }

    /** A mention the resolver confirmed: a person of the space, by id, with their name. */
    static final class Mention extends CustomNode {
        final UUID person;

        Mention(UUID person) {
            this.person = person;
        }
    }

    /** Writes a {@link Mention} as the mention link pages style and {@link MentionLinks} recognises. */
    private static final class MentionRenderer implements NodeRenderer {
        private final HtmlNodeRendererContext context;

        MentionRenderer(HtmlNodeRendererContext context) {
            this.context = context;
        }

        @Override
        public Set<Class<? extends Node>> getNodeTypes() {
            return Set.of(Mention.class);
        }

        @Override
        public void render(Node node) {
            Mention mention = (Mention) node;
            HtmlWriter html = context.getWriter();
            html.tag("a", java.util.Map.of("href", PEOPLE + mention.person, "class", MentionLinks.CLASS,
                    "data-person", mention.person.toString()));
            Node child = node.getFirstChild();
            while (child != null) {
                context.render(child);
                child = child.getNext();
            }
            html.tag("/a");
        }
    }

    /** The words people read, for search and snippets: no markup, no link targets. */
    private static String plainText(Node document) {
        StringBuilder text = new StringBuilder();
        document.accept(new AbstractVisitor() {
            @Override
            public void visit(Text node) {
                text.append(node.getLiteral());
            }

            @Override
            public void visit(Code node) {
                text.append(node.getLiteral());
            }

            @Override
            public void visit(SoftLineBreak node) {
                text.append(' ');
            }

            @Override
            public void visit(HardLineBreak node) {
                text.append(' ');
            }

            @Override
            public void visit(Paragraph node) {
                visitChildren(node);
                text.append('\n');
            }

            @Override
            public void visit(Heading node) {
                visitChildren(node);
                text.append('\n');
            }

            @Override
            public void visit(FencedCodeBlock node) {
                text.append(node.getLiteral()).append('\n');
            }

            @Override
            public void visit(IndentedCodeBlock node) {
                text.append(node.getLiteral()).append('\n');
            }
        });
        return text.toString().strip();
    }

}
