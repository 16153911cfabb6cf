package dev.coexist.launcher.network;

import java.io.IOException;
import java.io.StringReader;
import java.io.StringWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.parsers.ParserConfigurationException;
import javax.xml.transform.OutputKeys;
import javax.xml.transform.TransformerException;
import javax.xml.transform.TransformerFactory;
import javax.xml.transform.dom.DOMSource;
import javax.xml.transform.stream.StreamResult;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;
import org.w3c.dom.NodeList;
import org.xml.sax.InputSource;
import org.xml.sax.SAXException;

/**
 * Replaces each {@code <interface type='user'><backend type='passt'/>} of a domain with a QEMU
 * {@code -netdev stream} to a launcher-run passt ({@code <qemu:commandline>}), keeping MAC, model,
 * alias and the forwarded ports. A pure function of the XML and the port policy.
 */
public final class PasstAdapter {
  static final String QEMU_NS = "http://libvirt.org/schemas/domain/qemu/1.0";

  /** PCI slots used for the rewritten NICs (libvirt's own addresses stay below). */
  static final int FIRST_SLOT = 0x10;

  /** The rewritten XML and the passt instances it needs. */
  public record Adapted(String xml, List<PasstInterface> interfaces) {}

  private PasstAdapter() {}

  /** Rewrites {@code domainXml}; passt sockets go to {@code socketDir/passt-<n>.sock}. */
  public static Adapted adapt(String domainXml, Path socketDir, PortPolicy ports) {
    Document doc = parse(domainXml);
    Element root = doc.getDocumentElement();
    String bus = isQ35(root) ? "pcie.0" : "pci.0";
    List<PasstInterface> out = new ArrayList<>();
    List<String> args = new ArrayList<>();
    for (Element nic : passtInterfaces(root)) {
      int n = out.size();
      String alias = attr(child(nic, "alias"), "name", "ua-net" + n);
      String mac = attr(child(nic, "mac"), "address", generatedMac(root, alias));
      String model = attr(child(nic, "model"), "type", "virtio");
      PasstInterface p = passt(nic, alias, mac, socketDir.resolve("passt-" + n + ".sock"), ports);
      out.add(p);
      String netdev = "net-" + alias;
      args.add("-netdev");
      args.add("stream,id=" + netdev + ",server=off,addr.type=unix,addr.path=" + p.socket());
      args.add("-device");
      args.add(
          qemuModel(model)
              + ",netdev="
              + netdev
              + ",mac="
              + mac
              + ",id="
              + alias
              + ",bus="
              + bus
              + ",addr=0x"
              + Integer.toHexString(FIRST_SLOT + n));
      nic.getParentNode().removeChild(nic);
    }
    if (out.isEmpty()) {
      return new Adapted(domainXml, List.of());
    }
    root.setAttribute("xmlns:qemu", QEMU_NS);
    Element cmdline = doc.createElementNS(QEMU_NS, "qemu:commandline");
    for (String a : args) {
      Element arg = doc.createElementNS(QEMU_NS, "qemu:arg");
      arg.setAttribute("value", a);
      cmdline.appendChild(arg);
    }
    root.appendChild(cmdline);
    return new Adapted(write(doc), List.copyOf(out));
  }

  private static PasstInterface passt(
      Element nic, String alias, String mac, Path socket, PortPolicy ports) {
    List<PortForward> forwards = new ArrayList<>();
    for (Element pf : children(nic, "portForward")) {
      String proto = pf.getAttribute("proto").isEmpty() ? "tcp" : pf.getAttribute("proto");
      for (Element r : children(pf, "range")) {
        int start = Integer.parseInt(r.getAttribute("start"));
        int end = r.getAttribute("end").isEmpty() ? start : Integer.parseInt(r.getAttribute("end"));
        for (int port = start; port <= end; port++) {
          forwards.add(ports.forward(proto, port));
        }
      }
    }
    boolean all = forwards.isEmpty() && ports.forwardAllWhenNoneDeclared();
    return new PasstInterface(alias, mac, socket, List.copyOf(forwards), all);
  }

  private static String qemuModel(String libvirtModel) {
    return switch (libvirtModel) {
      case "virtio", "virtio-non-transitional", "virtio-transitional" -> "virtio-net-pci";
      default -> libvirtModel;
    };
  }

  private static boolean isQ35(Element root) {
    Element os = child(root, "os");
    String machine = attr(os == null ? null : child(os, "type"), "machine", "");
    return machine.contains("q35");
  }

  /** A stable locally administered MAC from the domain name and alias (libvirt's prefix). */
  static String generatedMac(Element root, String alias) {
    Element name = child(root, "name");
    int h = ((name == null ? "" : name.getTextContent()) + "/" + alias).hashCode();
    return String.format("52:54:00:%02x:%02x:%02x", (h >> 16) & 0xff, (h >> 8) & 0xff, h & 0xff);
  }

  private static List<Element> passtInterfaces(Element root) {
    Element devices = child(root, "devices");
    List<Element> out = new ArrayList<>();
    if (devices == null) {
      return out;
    }
    for (Element nic : children(devices, "interface")) {
      Element backend = child(nic, "backend");
      if ("user".equals(nic.getAttribute("type"))
          && backend != null
          && "passt".equals(backend.getAttribute("type"))) {
        out.add(nic);
      }
    }
    return out;
  }

  private static Element child(Element parent, String name) {
    List<Element> c = children(parent, name);
    return c.isEmpty() ? null : c.get(0);
  }

  private static List<Element> children(Element parent, String name) {
    List<Element> out = new ArrayList<>();
    NodeList nodes = parent.getChildNodes();
    for (int i = 0; i < nodes.getLength(); i++) {
      Node n = nodes.item(i);
      if (n instanceof Element e && e.getTagName().equals(name)) {
        out.add(e);
      }
    }
    return out;
  }

  private static String attr(Element e, String name, String fallback) {
    return e == null || e.getAttribute(name).isEmpty() ? fallback : e.getAttribute(name);
  }

  private static Document parse(String xml) {
    try {
      DocumentBuilderFactory f = DocumentBuilderFactory.newInstance();
      f.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
      f.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
      return f.newDocumentBuilder().parse(new InputSource(new StringReader(xml)));
    } catch (ParserConfigurationException | SAXException | IOException e) {
      throw new IllegalArgumentException("domain XML does not parse", e);
    }
  }

  private static String write(Document doc) {
    try {
      var t = TransformerFactory.newInstance().newTransformer();
      t.setOutputProperty(OutputKeys.OMIT_XML_DECLARATION, "yes");
      StringWriter w = new StringWriter();
      t.transform(new DOMSource(doc), new StreamResult(w));
      return w.toString();
    } catch (TransformerException e) {
      throw new IllegalStateException("writing domain XML", e);
    }
  }
}
