#!/usr/bin/env python3
"""Fails on any #include that points up the order of folders (LAYOUT.md, README "Where things are").

Folders are the top-level folders of models/ (their order is ORDER below, lowest first) and, above
all of them, views/ and then app/. A file may include headers of its own folder and of folders
lower in the order, never higher: a slice can use the shared base and the slices below it, and the
base never knows the slices. models/ may not include views/ or app/, views/ may not include app/.
models/CMakeLists.txt must add the folders in exactly this order (no glob), so the build and this
check cannot disagree.

    scripts/check-layers.py [ROOT]      exit 0 when every include points down, 1 otherwise
"""
import os
import re
import sys

ORDER = [
    'core', 'store', 'interchange', 'itemmodels', 'secrets', 'cloud',
    'scheduleexpressions', 'eventpatterns',
    'accounts', 'audit', 'pipelines', 'sharing', 'schedules', 'rules', 'scheduler',
    'workspace', 'connected',
]
# Folders built as static libraries of their own: they may include only these folders (and their own).
PURE = {'core': [], 'scheduleexpressions': ['core'], 'eventpatterns': ['core']}
INCLUDE = re.compile(r'^[ \t]*#[ \t]*include[ \t]+"([^"]+)"', re.M)
SOURCE = ('.h', '.cpp')
# The SQL of a slice ("pipelines/pipelinestore.h") and the store infrastructure ("store/...").
STORE_HEADER = re.compile(r'^store/|^(?!secrets/).*store\.h$')


def layer_of_file(rel):
    """(rank, name) of a repository-relative source path, or None when it is not layered."""
    parts = rel.split('/')
    if parts[0] == 'models' and len(parts) > 2 and parts[1] in ORDER:
        return ORDER.index(parts[1]), parts[1]
    if parts[0] == 'views':
        return len(ORDER), 'views'
    if parts[0] == 'app':
        return len(ORDER) + 1, 'app'
    return None


def layer_of_include(include, root, including_dir):
    """The layer of what an include names, or None for a header outside the project."""
    first = include.split('/')[0]
    if first == 'views':
        return len(ORDER), 'views'
    if first in ORDER and os.path.exists(os.path.join(root, 'models', include)):
        return ORDER.index(first), first
    # A name relative to the including file's folder ("cli.h" beside app/cli/*.cpp).
    if os.path.exists(os.path.join(root, including_dir, include)):
        return layer_of_file(os.path.normpath(os.path.join(including_dir, include)))
    return None


def check_cmake_order(root):
    path = os.path.join(root, 'models', 'CMakeLists.txt')
    text = open(path, encoding='utf-8').read()
    if re.search(r'\bfile\s*\(\s*GLOB', text):
        return ['models/CMakeLists.txt: folders must be listed, not globbed']
    listed = re.findall(r'add_subdirectory\(\s*(\w+)\s*\)', text)
    present = [d for d in ORDER if os.path.isdir(os.path.join(root, 'models', d))]
    if listed != present:
        return ['models/CMakeLists.txt: add_subdirectory order %s, expected %s' % (listed, present)]
    return []


def main():
    root = os.path.abspath(sys.argv[1] if len(sys.argv) > 1 else os.path.join(os.path.dirname(__file__), '..'))
    problems = []
    for top in ('models', 'views', 'app'):
        for dirpath, _, files in os.walk(os.path.join(root, top)):
            for name in sorted(files):
                if not name.endswith(SOURCE):
                    continue
                path = os.path.join(dirpath, name)
                rel = os.path.relpath(path, root)
                if top == 'models' and rel.count('/') == 1:
                    continue
                own = layer_of_file(rel)
                if own is None:
                    problems.append('%s: not in a folder of the order' % rel)
                    continue
                text = open(path, encoding='utf-8').read()
                for match in INCLUDE.finditer(text):
                    target = layer_of_include(match.group(1), root, os.path.dirname(rel))
                    if target is None:
                        continue
                    line = text.count('\n', 0, match.start()) + 1
                    where = '%s:%d: includes "%s": ' % (rel, line, match.group(1))
                    if target[0] > own[0]:
                        problems.append(where + '%s may not include %s (it is higher in the order)' % (own[1], target[1]))
                    elif own[1] in PURE and target[1] != own[1] and target[1] not in PURE[own[1]]:
                        problems.append(where + '%s is a library of its own and may include only %s'
                                        % (own[1], ', '.join(PURE[own[1]] or ['itself'])))
                    elif own[1] in ('views', 'app') and STORE_HEADER.search(match.group(1)):
                        problems.append(where + '%s talks to services, never to a store' % own[1])
    problems += check_cmake_order(root)
    for p in problems:
        print(p)
    if problems:
        print('%d include(s) point up the order: %s < views < app' % (len(problems), ' < '.join(ORDER)))
        return 1
    print('layers ok: every include points down %s < views < app' % ' < '.join(ORDER))
    return 0


if __name__ == '__main__':
    sys.exit(main())
