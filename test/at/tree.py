#!/usr/bin/python3
"""Reads a page's accessibility tree through AT-SPI, the API that screen
readers on Linux (Orca) read: each engine's own mapping, not the DOM.

A long-lived reader: each line on stdin names a browser application and a
document title, as JSON ({"app": "Firefox", "title": "…"}); the answer is one
line of JSON on stdout, the document's tree, or {"error": "…"} when no such
document is exposed (yet). Each node:

    {"role": "push button", "name": "Onze waarden",
     "states": ["expandable", "expanded", "focusable", …],
     "attributes": {"level": "2", "live": "polite", …},
     "language": "nl", "text": "…", "children": […]}

Run with Debian's own /usr/bin/python3, which has pyatspi.
"""
import json
import sys

import pyatspi

# Object attributes worth asserting; the rest (CSS, layout) only add noise.
ATTRIBUTES = {"level", "live", "container-live", "atomic", "xml-roles", "id", "tag", "posinset", "setsize"}
MAX_DEPTH = 60


def text_of(acc):
    """The node's own text and its language, where it has a text interface."""
    try:
        text = acc.queryText()
    except NotImplementedError:
        return None, None
    content = text.getText(0, -1)
    # The embedded-object character stands for each child with its own node.
    content = content.replace("\ufffc", "").strip()
    language = None
    if content:
        attributes, _, _ = text.getAttributeRun(0, True)
        for attribute in attributes:
            key, _, value = attribute.partition(":")
            if key == "language":
                language = value
    return content or None, language


def node(acc, depth=0):
    states = acc.getState().getStates()
    attributes = {}
    for attribute in acc.getAttributes() or []:
        key, _, value = attribute.partition(":")
        if key in ATTRIBUTES:
            attributes[key] = value
    text, language = text_of(acc)
    result = {
        "role": acc.getRoleName(),
        "name": acc.name or "",
        "states": sorted(pyatspi.stateToString(state) for state in states),
        "attributes": attributes,
    }
    if text:
        result["text"] = text
    if language:
        result["language"] = language
    if depth < MAX_DEPTH:
        children = [acc.getChildAtIndex(i) for i in range(acc.childCount)]
        result["children"] = [node(child, depth + 1) for child in children if child]
    return result


def find_document(acc, title, depth=0):
    if depth > 25 or acc is None:
        return None
    try:
        role = acc.getRole()
    except Exception:
        return None
    if role == pyatspi.ROLE_DOCUMENT_WEB:
        return acc if acc.name == title else None
    for i in range(acc.childCount):
        found = find_document(acc.getChildAtIndex(i), title, depth + 1)
        if found:
            return found
    return None


def read(request):
    desktop = pyatspi.Registry.getDesktop(0)
    for i in range(desktop.childCount):
        app = desktop.getChildAtIndex(i)
        if app is not None and app.name == request["app"]:
            document = find_document(app, request["title"])
            if document is not None:
                return node(document)
    return {"error": f"no document titled {request['title']!r} in {request['app']}"}


for line in sys.stdin:
    try:
        answer = read(json.loads(line))
    except Exception as error:  # A node that went away mid-read: the caller asks again.
        answer = {"error": f"{type(error).__name__}: {error}"}
    sys.stdout.write(json.dumps(answer) + "\n")
    sys.stdout.flush()
