"""Reads an actorgraph JSON-LD file with rdflib and checks the RDF shape on the fixture."""
import sys

import rdflib
from rdflib.namespace import RDF, XSD

AG = rdflib.Namespace("https://w3id.org/actorgraph#")
SDO = rdflib.Namespace("https://schema.org/")
PROV = rdflib.Namespace("http://www.w3.org/ns/prov#")
ID = "https://w3id.org/actorgraph/id/"

g = rdflib.Graph()
g.parse(sys.argv[1], format="json-ld")


def short(term):
    return str(term)[len(ID):] if str(term).startswith(ID) else str(term)


def check(cond, what):
    if not cond:
        sys.exit("FAIL: " + what)


bans = {(short(r.who), short(r.whom)) for r in g.query(
    "PREFIX ag: <https://w3id.org/actorgraph#> SELECT ?who ?whom WHERE { ?who ag:bans ?whom }")}
expected = {("us-government", "veltrix-systems"), ("cn-government", "orvane")}
check(bans == expected, f"?who ag:bans ?whom gave {sorted(bans)}, expected {sorted(expected)}")

actors = set(g.subjects(RDF.type, AG.Actor))
check(len(actors) == 8, f"{len(actors)} actors, expected 8")
for a in actors:
    check(len(list(g.objects(a, SDO.name))) == 1, f"{a} has not exactly one schema:name")
us = rdflib.URIRef(ID + "us-government")
check((us, RDF.type, SDO.GovernmentOrganization) in g, "us-government is not a government")
alt = {str(o) for o in g.objects(us, SDO.alternateName)}
check(alt == {"Washington", "U.S. officials"}, f"alternate names {alt}")
check((us, SDO.areaServed, rdflib.URIRef(ID + "united-states")) in g, "areaServed")
check((rdflib.URIRef(ID + "talia-brenn"), SDO.worksFor, rdflib.URIRef(ID + "veltrix-systems")) in g,
      "worksFor")

rels = list(g.subjects(RDF.type, AG.Relation))
check(len(rels) == 6, f"{len(rels)} relations, expected 6")
for r in rels:
    for p in (AG.relationType, SDO.agent, SDO.object, AG.negated, AG.hedged, AG.confidence,
              AG.mentions):
        check(len(list(g.objects(r, p))) == 1, f"{r} lacks exactly one {p}")
    check(g.value(r, AG.negated).datatype == XSD.boolean, "ag:negated is not xsd:boolean")
    check(g.value(r, AG.confidence).datatype == XSD.decimal, "ag:confidence is not xsd:decimal")
    check(g.value(r, AG.mentions).datatype == XSD.integer, "ag:mentions is not xsd:integer")
    ev = list(g.objects(r, PROV.wasDerivedFrom))
    check(len(ev) == g.value(r, AG.mentions).toPython(), f"{r}: evidence count != mentions")
    for e in ev:
        for p in (AG.document, AG.sentenceIndex, AG.charStart, AG.charEnd, AG.text, AG.rule):
            check(g.value(e, p) is not None, f"evidence {e} lacks {p}")
ban = rdflib.URIRef("https://w3id.org/actorgraph/relation/us-government--bans--veltrix-systems--veltrix-v9")
check(g.value(ban, AG.relationType) == AG.bans, "relationType is not the IRI ag:bans")
check(g.value(ban, AG.product) == rdflib.URIRef(ID + "veltrix-v9"), "ag:product")
check(g.value(ban, AG.mentions).toPython() == 2, "mentions of the ban")
lob = rdflib.URIRef("https://w3id.org/actorgraph/relation/veltrix-systems--lobbies--us-government")
check(g.value(lob, AG.via) == rdflib.URIRef(ID + "talia-brenn"), "ag:via")
neg = rdflib.URIRef("https://w3id.org/actorgraph/relation/cn-government--bans--veltrix-systems--not")
check(g.value(neg, AG.negated).toPython() is True, "negated relation")
print(f"rdflib: {len(g)} triples, bans {sorted(bans)}")
