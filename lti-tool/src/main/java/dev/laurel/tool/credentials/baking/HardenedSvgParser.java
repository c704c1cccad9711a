package dev.laurel.tool.credentials.baking;

import java.io.IOException;
import java.io.StringReader;
import java.io.StringWriter;
import java.util.Locale;
import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilder;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.parsers.ParserConfigurationException;
import javax.xml.transform.OutputKeys;
import javax.xml.transform.Transformer;
import javax.xml.transform.TransformerException;
import javax.xml.transform.TransformerFactory;
import javax.xml.transform.dom.DOMSource;
import javax.xml.transform.stream.StreamResult;
import org.w3c.dom.Attr;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NamedNodeMap;
import org.w3c.dom.Node;
import org.w3c.dom.NodeList;
import org.xml.sax.ErrorHandler;
import org.xml.sax.InputSource;
import org.xml.sax.SAXException;
import org.xml.sax.SAXParseException;

/**
 * Parses SVG with DTDs and external entities off (no XXE, no entity expansion), then refuses active
 * content: {@code <script>}, {@code <foreignObject>}, {@code on*} event handlers, and {@code javascript:} URLs.
 *
 * @see <a href="https://cheatsheetseries.owasp.org/cheatsheets/XML_External_Entity_Prevention_Cheat_Sheet.html">OWASP XXE prevention</a>
 */
final class HardenedSvgParser {

    static final int MAX_SVG_CHARS = 4 * 1024 * 1024;
    private static final String SVG_NAMESPACE = "http://www.w3.org/2000/svg";
    private static final ErrorHandler THROWING = new ErrorHandler() {
        @Override
        public void warning(SAXParseException ex) {
        }

        @Override
        public void error(SAXParseException ex) throws SAXException {
            throw ex;
        }

        @Override
        public void fatalError(SAXParseException ex) throws SAXException {
            throw ex;
        }
    };

    private HardenedSvgParser() {
    }

    /** Parses and inspects {@code svg}; the document is free of active content when this returns. */
    static Document parse(String svg) {
        if (svg == null || svg.isBlank()) {
            throw new BakingException("svg_malformed", "the SVG is empty");
        }
        if (svg.length() > MAX_SVG_CHARS) {
            throw new BakingException("image_too_large", "the SVG is larger than " + MAX_SVG_CHARS + " characters");
        }
        Document document;
        try {
            DocumentBuilder builder = factory().newDocumentBuilder();
            builder.setErrorHandler(THROWING);
            builder.setEntityResolver((publicId, systemId) -> {
                throw new SAXException("external entities are not allowed");
            });
            document = builder.parse(new InputSource(new StringReader(svg)));
        }
        catch (SAXException ex) {
            String message = String.valueOf(ex.getMessage());
            if (message.contains("DOCTYPE") || message.contains("external entit")) {
                throw new BakingException("svg_doctype_forbidden", "the SVG declares a DOCTYPE or entities, which are refused (XXE)");
            }
            throw new BakingException("svg_malformed", "the SVG is not well-formed XML");
        }
        catch (ParserConfigurationException | IOException ex) {
            throw new BakingException("svg_malformed", "the SVG could not be read");
        }
        Element root = document.getDocumentElement();
        if (!"svg".equals(root.getLocalName()) || !SVG_NAMESPACE.equals(root.getNamespaceURI())) {
            throw new BakingException("svg_not_svg", "the root element is not an SVG <svg> element");
        }
        inspect(root);
        return document;
    }

    /** Serializes {@code document} without fetching anything. */
    static String serialize(Document document) {
        try {
            TransformerFactory factory = TransformerFactory.newInstance();
            factory.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
            factory.setAttribute(XMLConstants.ACCESS_EXTERNAL_DTD, "");
            factory.setAttribute(XMLConstants.ACCESS_EXTERNAL_STYLESHEET, "");
            Transformer transformer = factory.newTransformer();
            transformer.setOutputProperty(OutputKeys.ENCODING, "UTF-8");
            StringWriter out = new StringWriter();
            transformer.transform(new DOMSource(document), new StreamResult(out));
            return out.toString();
        }
        catch (TransformerException ex) {
            throw new IllegalStateException("the SVG could not be written", ex);
        }
    }

    private static DocumentBuilderFactory factory() throws ParserConfigurationException {
        DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
        factory.setNamespaceAware(true);
        factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
        factory.setFeature("http://xml.org/sax/features/external-general-entities", false);
        factory.setFeature("http://xml.org/sax/features/external-parameter-entities", false);
        factory.setFeature("http://apache.org/xml/features/nonvalidating/load-external-dtd", false);
        factory.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
        factory.setAttribute(XMLConstants.ACCESS_EXTERNAL_DTD, "");
        factory.setAttribute(XMLConstants.ACCESS_EXTERNAL_SCHEMA, "");
        factory.setXIncludeAware(false);
        factory.setExpandEntityReferences(false);
        return factory;
    }

    private static void inspect(Node node) {
        if (node instanceof Element element) {
            String name = element.getLocalName() == null ? element.getTagName() : element.getLocalName();
            if ("script".equalsIgnoreCase(name)) {
                throw new BakingException("svg_script_forbidden", "the SVG contains a <script> element");
            }
            if ("foreignObject".equalsIgnoreCase(name)) {
                throw new BakingException("svg_foreign_object_forbidden", "the SVG contains a <foreignObject> element");
            }
            if ("style".equalsIgnoreCase(name) && isScriptUrl(element.getTextContent())) {
                throw new BakingException("svg_javascript_url_forbidden", "the SVG's style refers to a javascript: URL");
            }
            inspectAttributes(element.getAttributes());
        }
        NodeList children = node.getChildNodes();
        for (int i = 0; i < children.getLength(); i++) {
            inspect(children.item(i));
        }
    }

    private static void inspectAttributes(NamedNodeMap attributes) {
        for (int i = 0; i < attributes.getLength(); i++) {
            Attr attribute = (Attr) attributes.item(i);
            String name = attribute.getLocalName() == null ? attribute.getName() : attribute.getLocalName();
            if (name.toLowerCase(Locale.ROOT).startsWith("on")) {
                throw new BakingException("svg_event_handler_forbidden", "the SVG has an event-handler attribute (" + name + ")");
            }
            if (isScriptUrl(attribute.getValue())) {
                throw new BakingException("svg_javascript_url_forbidden", "the SVG's " + name + " attribute is a javascript: URL");
            }
        }
    }

    /** Whether a value holds a script URL, even with the spaces, controls or case that browsers ignore. */
    private static boolean isScriptUrl(String value) {
        StringBuilder compact = new StringBuilder();
        for (char c : value.toCharArray()) {
            if (c > ' ') {
                compact.append(Character.toLowerCase(c));
            }
        }
        String text = compact.toString();
        return text.contains("javascript:") || text.contains("vbscript:") || text.contains("data:text/html");
    }
}
