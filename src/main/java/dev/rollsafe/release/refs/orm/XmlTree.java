package dev.rollsafe.release.refs.orm;

import org.xml.sax.Attributes;
import org.xml.sax.InputSource;
import org.xml.sax.Locator;
import org.xml.sax.helpers.DefaultHandler;

import javax.xml.XMLConstants;
import javax.xml.parsers.SAXParser;
import javax.xml.parsers.SAXParserFactory;
import java.io.StringReader;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * An XML file read into a small element tree with the line each element's start tag begins on. The JDK's
 * SAX parser, with DTDs and external entities never loaded (a mapper's DOCTYPE names a DTD on the web).
 */
final class XmlTree {

    /** An element: name, attributes, line, and children (Elements and text Strings, in order). */
    record Element(String name, Map<String, String> attributes, int line, List<Object> children) {

        String attr(String key) {
            return attributes.get(key);
        }

        List<Element> elements() {
            List<Element> out = new ArrayList<>();
            for (Object o : children) {
                if (o instanceof Element e) {
                    out.add(e);
                }
            }
            return out;
        }
    }

    private XmlTree() {
    }

    /** The root element, or empty when the text is not well-formed XML. */
    static Optional<Element> parse(String text) {
        try {
            SAXParserFactory f = SAXParserFactory.newInstance();
            f.setNamespaceAware(false);
            f.setValidating(false);
            f.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
            f.setFeature("http://xml.org/sax/features/external-general-entities", false);
            f.setFeature("http://xml.org/sax/features/external-parameter-entities", false);
            f.setFeature("http://apache.org/xml/features/nonvalidating/load-external-dtd", false);
            SAXParser parser = f.newSAXParser();
            parser.setProperty(XMLConstants.ACCESS_EXTERNAL_DTD, "");
            parser.setProperty(XMLConstants.ACCESS_EXTERNAL_SCHEMA, "");
            Handler h = new Handler(text);
            parser.parse(new InputSource(new StringReader(text)), h);
            return Optional.ofNullable(h.root);
        } catch (Exception | StackOverflowError e) {
            return Optional.empty();
        }
    }

    private static final class Handler extends DefaultHandler {
        private final String text;
        private final int[] lineStarts;
        private final Deque<Element> open = new ArrayDeque<>();
        private Locator locator;
        private Element root;

        Handler(String text) {
            this.text = text;
            List<Integer> starts = new ArrayList<>();
            starts.add(0);
            for (int i = 0; i < text.length(); i++) {
                if (text.charAt(i) == '\n') {
                    starts.add(i + 1);
                }
            }
            lineStarts = starts.stream().mapToInt(Integer::intValue).toArray();
        }

        @Override
        public void setDocumentLocator(Locator locator) {
            this.locator = locator;
        }

        @Override
        public InputSource resolveEntity(String publicId, String systemId) {
            return new InputSource(new StringReader(""));
        }

        @Override
        public void startElement(String uri, String localName, String qName, Attributes atts) {
            Map<String, String> attrs = new LinkedHashMap<>();
            for (int i = 0; i < atts.getLength(); i++) {
                attrs.put(atts.getQName(i), atts.getValue(i));
            }
            Element e = new Element(qName, attrs, startLine(qName), new ArrayList<>());
            if (open.isEmpty()) {
                root = e;
            } else {
                open.peek().children().add(e);
            }
            open.push(e);
        }

        @Override
        public void endElement(String uri, String localName, String qName) {
            open.pop();
        }

        @Override
        public void characters(char[] ch, int start, int length) {
            if (!open.isEmpty()) {
                open.peek().children().add(new String(ch, start, length));
            }
        }

        /** The locator points after the start tag; its '<' may be lines earlier. */
        private int startLine(String qName) {
            if (locator == null) {
                return 1;
            }
            int line = Math.max(1, Math.min(locator.getLineNumber(), lineStarts.length));
            int offset = Math.min(text.length(), lineStarts[line - 1] + Math.max(0, locator.getColumnNumber() - 1));
            int lt = text.lastIndexOf("<" + qName, offset);
            if (lt < 0) {
                return line;
            }
            int l = line;
            while (l > 1 && lineStarts[l - 1] > lt) {
                l--;
            }
            return l;
        }
    }
}
