package cn.xuchang.ems.data.io.kml;

import cn.xuchang.ems.data.crs.GeographicCrs;
import cn.xuchang.ems.data.io.FeatureReader;
import cn.xuchang.ems.data.io.ReadOptions;
import cn.xuchang.ems.data.io.SourceDataset;
import cn.xuchang.ems.data.io.SourceFeature;
import cn.xuchang.ems.data.io.SourceFormatException;
import java.io.IOException;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
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
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.io.ParseException;
import org.locationtech.jts.io.kml.KMLReader;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;
import org.w3c.dom.NodeList;
import org.xml.sax.SAXParseException;

/**
 * Reads the Placemarks of a KML file: name, {@code ExtendedData} ({@code SchemaData/SimpleData} and
 * {@code Data/value}) and the geometry through JTS's {@link KMLReader}. KML is WGS84 lon/lat by
 * definition. DTDs and external entities are refused.
 */
public final class KmlSourceReader implements FeatureReader {
    private static final Set<String> GEOMETRIES = Set.of("Point", "LineString", "Polygon", "MultiGeometry", "LinearRing");

    @Override
    public SourceDataset read(Path file, ReadOptions options) throws IOException {
        Document doc;
        try {
            DocumentBuilderFactory f = DocumentBuilderFactory.newInstance();
            f.setNamespaceAware(true);
            f.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
            f.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
            DocumentBuilder b = f.newDocumentBuilder();
            b.setErrorHandler(null);
            doc = b.parse(file.toFile());
        } catch (SAXParseException e) {
            throw new SourceFormatException(file, "is not valid KML/XML (line " + e.getLineNumber() + ", column "
                    + e.getColumnNumber() + ": " + e.getMessage() + ")", e);
        } catch (org.xml.sax.SAXException | ParserConfigurationException e) {
            throw new SourceFormatException(file, "is not valid KML/XML (" + e.getMessage() + ")", e);
        }
        NodeList placemarks = doc.getElementsByTagNameNS("*", "Placemark");
        KMLReader geometryReader = new KMLReader();
        Set<String> columns = new LinkedHashSet<>();
        List<SourceFeature> features = new ArrayList<>();
        for (int i = 0; i < placemarks.getLength(); i++) {
            Element pm = (Element) placemarks.item(i);
            Map<String, Object> values = new LinkedHashMap<>();
            Element name = firstChild(pm, "name");
            if (name != null) {
                // GDAL writes no <name> when the name is an attribute; then the column does not exist
                values.put("name", name.getTextContent().trim());
                columns.add("name");
            }
            NodeList simple = pm.getElementsByTagNameNS("*", "SimpleData");
            for (int k = 0; k < simple.getLength(); k++) {
                Element e = (Element) simple.item(k);
                String key = e.getAttribute("name");
                if (!key.equals("name") || values.get("name") == null) {
                    values.put(key, e.getTextContent());
                    columns.add(key);
                }
            }
            NodeList data = pm.getElementsByTagNameNS("*", "Data");
            for (int k = 0; k < data.getLength(); k++) {
                Element e = (Element) data.item(k);
                Element value = firstChild(e, "value");
                values.put(e.getAttribute("name"), value == null ? null : value.getTextContent());
                columns.add(e.getAttribute("name"));
            }
            Geometry g = null;
            String problem = null;
            Element geometry = geometryOf(pm);
            if (geometry == null) {
                problem = "the placemark has no geometry";
            } else {
                try {
                    g = geometryReader.read(serialise(geometry));
                } catch (ParseException | RuntimeException | TransformerException e) {
                    problem = "the geometry cannot be read (" + e.getMessage() + ")";
                }
            }
            features.add(new SourceFeature(i + 1, values, g, problem));
        }
        return new SourceDataset(file, "KML", new ArrayList<>(columns), features, Optional.of(GeographicCrs.WGS84),
                Optional.of(StandardCharsets.UTF_8), List.of());
    }

    private static Element firstChild(Element parent, String localName) {
        for (Node n = parent.getFirstChild(); n != null; n = n.getNextSibling()) {
            if (n instanceof Element e && localName.equals(e.getLocalName())) {
                return e;
            }
        }
        return null;
    }

    private static Element geometryOf(Element placemark) {
        for (Node n = placemark.getFirstChild(); n != null; n = n.getNextSibling()) {
            if (n instanceof Element e && GEOMETRIES.contains(e.getLocalName())) {
                return e;
            }
        }
        return null;
    }

    /** The element as text without namespace declarations, the form JTS's KMLReader parses. */
    private static String serialise(Element e) throws TransformerException {
        Transformer t = TransformerFactory.newInstance().newTransformer();
        t.setOutputProperty(OutputKeys.OMIT_XML_DECLARATION, "yes");
        StringWriter w = new StringWriter();
        t.transform(new DOMSource(e), new StreamResult(w));
        return w.toString().replaceAll("\\sxmlns(:\\w+)?=\"[^\"]*\"", "").replaceAll("<(/?)\\w+:", "<$1");
    }
}
