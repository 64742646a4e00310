#!/usr/bin/env python3
"""Moves the labels of BPMN diagrams (bpmn/*.bpmn) that lie on top of a task, event, gateway or another label to
the first free place around their element: below, above, right or left of a shape; above, below or beside the
longest segment of a flow. Run with --check to only report overlaps (exit 1 when there are any). Only the diagram
(DI) changes; the process does not."""
import re
import sys
import glob

SHAPE = re.compile(r'(<bpmndi:BPMNShape id="[^"]+" bpmnElement="([^"]+)"[^>]*>\s*<dc:Bounds x="(-?\d+)" y="(-?\d+)" '
                   r'width="(\d+)" height="(\d+)"/>)(.*?)(</bpmndi:BPMNShape>)', re.S)
EDGE = re.compile(r'(<bpmndi:BPMNEdge id="[^"]+" bpmnElement="([^"]+)">)(.*?)(</bpmndi:BPMNEdge>)', re.S)
LABEL = re.compile(r'<bpmndi:BPMNLabel>\s*<dc:Bounds x="(-?\d+)" y="(-?\d+)" width="(\d+)" height="(\d+)"/>\s*'
                   r'</bpmndi:BPMNLabel>')
POINT = re.compile(r'<di:waypoint x="(-?\d+)" y="(-?\d+)"/>')


def overlap(a, b):
    return a[0] < b[0] + b[2] and b[0] < a[0] + a[2] and a[1] < b[1] + b[3] and b[1] < a[1] + a[3]


def containers(xml):
    """Subprocesses (and event subprocesses): a label inside one is no overlap."""
    return set(re.findall(r'<bpmn:subProcess id="([^"]+)"', xml))


def read(xml):
    con = containers(xml)
    shapes, labels = [], []
    for m in SHAPE.finditer(xml):
        el = m.group(2)
        box = tuple(int(v) for v in m.group(3, 4, 5, 6))
        if el not in con:
            shapes.append((el, box))
        lab = LABEL.search(m.group(7))
        if lab:
            labels.append(('shape', el, box, tuple(int(v) for v in lab.groups())))
    for m in EDGE.finditer(xml):
        lab = LABEL.search(m.group(3))
        if lab:
            pts = [(int(x), int(y)) for x, y in POINT.findall(m.group(3))]
            labels.append(('edge', m.group(2), pts, tuple(int(v) for v in lab.groups())))
    return shapes, labels


def collisions(label, el, shapes, placed):
    return [s for s, box in shapes if s != el and overlap(label, box)] + \
           [p for p, box in placed if overlap(label, box)]


def candidates(kind, geo, size):
    w, h = size
    if kind == 'shape':
        x, y, bw, bh = geo
        cx = x + bw // 2
        return [(cx - w // 2, y + bh + 4), (cx - w // 2, y - h - 4), (x + bw + 6, y + bh // 2 - h // 2),
                (x - w - 6, y + bh // 2 - h // 2), (cx - w // 2, y + bh + 24), (cx - w // 2, y - h - 24)]
    segs = list(zip(geo, geo[1:]))
    segs.sort(key=lambda s: -(abs(s[0][0] - s[1][0]) + abs(s[0][1] - s[1][1])))
    out = []
    for (x1, y1), (x2, y2) in segs:
        for t in (0.5, 0.3, 0.7, 0.15, 0.85):
            mx, my = int(x1 + (x2 - x1) * t), int(y1 + (y2 - y1) * t)
            for gap in (4, 18, 34, 50):
                if y1 == y2:
                    out += [(mx - w // 2, my - h - gap), (mx - w // 2, my + gap)]
                else:
                    out += [(mx + gap + 2, my - h // 2), (mx - w - gap - 2, my - h // 2)]
    return out


def fix(xml):
    shapes, labels = read(xml)
    placed, moved = [], 0
    for kind, el, geo, (x, y, w, h) in labels:
        box = (x, y, w, h)
        if collisions(box, el, shapes, placed):
            for cx, cy in candidates(kind, geo, (w, h)):
                if not collisions((cx, cy, w, h), el, shapes, placed):
                    old = '<dc:Bounds x="%d" y="%d" width="%d" height="%d"/>' % box
                    new = '<dc:Bounds x="%d" y="%d" width="%d" height="%d"/>' % (cx, cy, w, h)
                    # the label's own element block only
                    pat = re.compile(r'(bpmnElement="%s"[^>]*>(?:(?!</bpmndi:BPMN(?:Shape|Edge)>).)*?<bpmndi:BPMNLabel>\s*)'
                                     % re.escape(el) + re.escape(old), re.S)
                    xml, n = pat.subn(lambda m: m.group(1) + new, xml, count=1)
                    moved += n
                    box = (cx, cy, w, h)
                    break
        placed.append((el, box))
    return xml, moved


def report(xml):
    shapes, labels = read(xml)
    placed, found = [], []
    for kind, el, geo, box in labels:
        hits = collisions(box, el, shapes, placed)
        if hits:
            found.append('%s over %s' % (el, ', '.join(hits)))
        placed.append((el, box))
    return found


if __name__ == '__main__':
    check = '--check' in sys.argv
    files = [a for a in sys.argv[1:] if not a.startswith('--')] or sorted(glob.glob('bpmn/*.bpmn'))
    total = 0
    for f in files:
        xml = open(f, encoding='utf-8').read()
        if not check:
            xml, moved = fix(xml)
            open(f, 'w', encoding='utf-8').write(xml)
            print('%s: %d labels moved' % (f, moved))
        left = report(xml)
        total += len(left)
        for l in left:
            print('%s: label %s' % (f, l))
    sys.exit(1 if check and total else 0)
