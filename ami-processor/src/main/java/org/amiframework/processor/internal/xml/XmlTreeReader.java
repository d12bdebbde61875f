package org.amiframework.processor.internal.xml;

import java.io.IOException;
import java.io.InputStream;
import java.io.StringReader;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.LinkedHashMap;
import java.util.Map;
import javax.xml.XMLConstants;
import javax.xml.parsers.ParserConfigurationException;
import javax.xml.parsers.SAXParser;
import javax.xml.parsers.SAXParserFactory;
import org.xml.sax.Attributes;
import org.xml.sax.InputSource;
import org.xml.sax.Locator;
import org.xml.sax.SAXException;
import org.xml.sax.SAXParseException;
import org.xml.sax.helpers.DefaultHandler;

/**
 * Parses an XML file into an {@link XmlElement} tree with the line of every start tag. External
 * DTDs and entities are never loaded: the documentation declares {@code appdocsxml.dtd}, which is
 * not needed to read it, and a build must never reach the network.
 */
public final class XmlTreeReader {

  /** The namespace of {@code xi:include}. */
  public static final String XINCLUDE_NS = "http://www.w3.org/2001/XInclude";

  private XmlTreeReader() {}

  /**
   * Reads a whole document.
   *
   * @param in the bytes (closed by the caller)
   * @param systemId the file name, for the parser's messages
   * @return the root element
   * @throws XmlSyntaxException when the input is not well-formed
   * @throws IOException when reading fails
   */
  public static XmlElement read(InputStream in, String systemId)
      throws XmlSyntaxException, IOException {
    TreeBuilder builder = new TreeBuilder();
    try {
      SAXParser parser = newFactory().newSAXParser();
      InputSource source = new InputSource(in);
      source.setSystemId(systemId);
      parser.parse(source, builder);
    } catch (SAXParseException e) {
      throw new XmlSyntaxException(e.getMessage(), Math.max(e.getLineNumber(), 0), e);
    } catch (SAXException | ParserConfigurationException e) {
      throw new XmlSyntaxException(e.getMessage(), 0, e);
    }
    if (builder.root == null) {
      throw new XmlSyntaxException("no root element", 0, null);
    }
    return builder.root;
  }

  private static SAXParserFactory newFactory() throws ParserConfigurationException, SAXException {
    SAXParserFactory factory = SAXParserFactory.newInstance();
    factory.setNamespaceAware(true);
    factory.setValidating(false);
    factory.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
    factory.setFeature("http://apache.org/xml/features/nonvalidating/load-external-dtd", false);
    factory.setFeature("http://xml.org/sax/features/external-general-entities", false);
    factory.setFeature("http://xml.org/sax/features/external-parameter-entities", false);
    return factory;
  }

  private static final class TreeBuilder extends DefaultHandler {
    private final Deque<XmlElement> open = new ArrayDeque<>();
    private final StringBuilder text = new StringBuilder();
    private Locator locator;
    private XmlElement root;

    @Override
    public void setDocumentLocator(Locator locator) {
      this.locator = locator;
    }

    @Override
    public InputSource resolveEntity(String publicId, String systemId) {
      // Belt and braces with the features above: whatever is referenced resolves to nothing.
      return new InputSource(new StringReader(""));
    }

    @Override
    public void startElement(String uri, String localName, String qName, Attributes atts) {
      flushText();
      Map<String, String> attributes = new LinkedHashMap<>();
      for (int i = 0; i < atts.getLength(); i++) {
        attributes.put(atts.getQName(i), atts.getValue(i));
      }
      boolean include = XINCLUDE_NS.equals(uri) && "include".equals(localName);
      int line = locator == null ? 0 : locator.getLineNumber();
      XmlElement element = new XmlElement(qName, include, attributes, line);
      if (open.isEmpty()) {
        root = element;
      } else {
        open.peek().append(element);
      }
      open.push(element);
    }

    @Override
    public void endElement(String uri, String localName, String qName) {
      flushText();
      open.pop();
    }

    @Override
    public void characters(char[] ch, int start, int length) {
      if (!open.isEmpty()) {
        text.append(ch, start, length);
      }
    }

    private void flushText() {
      if (text.length() > 0) {
        open.peek().append(new XmlText(text.toString()));
        text.setLength(0);
      }
    }
  }
}
