#!/usr/bin/env python3
"""The layer check's own test: on small trees it passes when every include points down and fails,
naming the file, line and folders, on each kind of wrong include."""
import os
import subprocess
import sys
import tempfile

CHECK = sys.argv[1]
ORDER = ['core', 'store', 'interchange', 'itemmodels', 'secrets', 'cloud', 'scheduleexpressions', 'eventpatterns',
         'accounts', 'audit', 'pipelines', 'sharing', 'schedules', 'rules', 'scheduler', 'workspace']


def tree(files, cmake=None):
    root = tempfile.mkdtemp()
    base = {
        'models/CMakeLists.txt': cmake if cmake is not None else ''.join('add_subdirectory(%s)\n' % d for d in ORDER),
    }
    for d in ORDER:
        base['models/%s/%s.h' % (d, d)] = '#pragma once\n'
    base['views/common/page.h'] = '#pragma once\n'
    base.update(files)
    for rel, text in base.items():
        path = os.path.join(root, rel)
        os.makedirs(os.path.dirname(path), exist_ok=True)
        with open(path, 'w', encoding='utf-8') as f:
            f.write(text)
    return root


def run(root):
    p = subprocess.run([sys.executable, CHECK, root], capture_output=True, text=True)
    return p.returncode, p.stdout


failures = []


def expect(name, files, code, needle=None, cmake=None):
    got, out = run(tree(files, cmake))
    if got != code or (needle and needle not in out):
        failures.append('%s: exit %d (expected %d), output:\n%s' % (name, got, code, out))


expect('downward includes pass', {
    'models/rules/rule.cpp': '#include "rules/rules.h"\n#include "pipelines/pipelines.h"\n#include "core/core.h"\n',
    'views/rules/page.cpp': '#include "views/common/page.h"\n#include "workspace/workspace.h"\n',
}, 0)
expect('an include pointing up fails', {
    'models/pipelines/p.cpp': '#include "core/core.h"\n\n#include "sharing/sharing.h"\n',
}, 1, 'models/pipelines/p.cpp:3: includes "sharing/sharing.h": pipelines may not include sharing')
expect('models including views fails', {
    'models/workspace/w.cpp': '#include "views/common/page.h"\n',
}, 1, 'workspace may not include views')
expect('a view including a store fails', {
    'models/pipelines/pipelinestore.h': '#pragma once\n',
    'views/pipelines/page.cpp': '#include "pipelines/pipelinestore.h"\n',
}, 1, 'views talks to services, never to a store')
expect('a pure library including the store fails', {
    'models/eventpatterns/e.cpp': '#include "store/store.h"\n',
}, 1, 'eventpatterns is a library of its own')
expect('a globbed folder list fails', {}, 1, 'must be listed, not globbed',
       cmake='file(GLOB dirs *)\n')
expect('folders listed out of order fail', {}, 1, 'add_subdirectory order',
       cmake=''.join('add_subdirectory(%s)\n' % d for d in reversed(ORDER)))
expect('angle includes and unknown headers are ignored', {
    'models/core/c.cpp': '#include <QString>\n#include "nothere.h"\n',
}, 0)

for f in failures:
    print('FAIL', f)
print('%d passed, %d failed' % (8 - len(failures), len(failures)))
sys.exit(1 if failures else 0)
