package dev.laurel.tool.credentials.baking;

import java.util.ArrayList;
import java.util.List;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;
import org.w3c.dom.NodeList;

/**
 * The SVG half of baking: an {@code <openbadges:credential>} element first in the root, carrying a VC-JWT
 * in its {@code verify} attribute or the JSON credential as CDATA content.
 *
 * @see <a href="https://www.imsglobal.org/spec/ob/v3p0/#svg">Open Badges 3.0 §5.3.2 SVG</a>
 */
final class SvgBaking {

    static final String NAMESPACE = "https://purl.imsglobal.org/ob/v3p0";
    private static final String XMLNS = "http://www.w3.org/2000/xmlns/";
    private static final String CDATA_END = "]]>";

    private SvgBaking() {
    }

    static String bake(String svg, String credential) {
        BakedCredentialFormat format = BakedCredentialFormat.of(credential);
        Document document = HardenedSvgParser.parse(svg);
        Element root = document.getDocumentElement();
        credentialElements(document).forEach(element -> element.getParentNode().removeChild(element));
        root.setAttributeNS(XMLNS, "xmlns:openbadges", NAMESPACE);
        Element baked = document.createElementNS(NAMESPACE, "openbadges:credential");
        String value = credential.strip();
        if (format == BakedCredentialFormat.JWT) {
            baked.setAttribute("verify", value);
        }
        else {
            cdataSections(value).forEach(section -> baked.appendChild(document.createCDATASection(section)));
        }
        root.insertBefore(baked, root.getFirstChild());
        return HardenedSvgParser.serialize(document);
    }

    static String unbake(String svg) {
        Document document = HardenedSvgParser.parse(svg);
        List<Element> found = credentialElements(document);
        if (found.isEmpty()) {
            throw new BakingException("svg_not_baked", "the SVG carries no openbadges:credential element");
        }
        if (found.size() > 1) {
            throw new BakingException("svg_several_credentials", "the SVG carries more than one openbadges:credential element");
        }
        Element element = found.get(0);
        String credential = element.hasAttribute("verify") ? element.getAttribute("verify") : element.getTextContent();
        if (credential == null || credential.isBlank()) {
            throw new BakingException("svg_credential_empty", "the openbadges:credential element is empty");
        }
        BakedCredentialFormat.of(credential);
        return credential.strip();
    }

    private static List<Element> credentialElements(Document document) {
        NodeList nodes = document.getElementsByTagNameNS(NAMESPACE, "credential");
        List<Element> elements = new ArrayList<>();
        for (int i = 0; i < nodes.getLength(); i++) {
            Node node = nodes.item(i);
            elements.add((Element) node);
        }
        return elements;
    }

    /** Splits text so no CDATA section contains {@code ]]>}. */
    private static List<String> cdataSections(String text) {
        List<String> sections = new ArrayList<>();
        int from = 0;
        int end;
        while ((end = text.indexOf(CDATA_END, from)) >= 0) {
            sections.add(text.substring(from, end + 2));
            from = end + 2;
        }
        sections.add(text.substring(from));
        return sections;
    }
}
