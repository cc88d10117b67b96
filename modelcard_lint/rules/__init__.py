"""The built-in rules, one module per rule, in one folder per family.

A rule is a module ``<family>/mcNNN_<name>.py`` that defines one ``Rule``
subclass; the registry finds it by its file name, so adding a rule touches
no list.  Families: ``frontmatter`` (MC10x), ``metadata`` (MC11x-MC13x),
``structure`` (MC2xx), ``content`` (MC3xx), ``tables`` (MC4xx), ``metrics``
(MC5xx), ``repository`` (MC6xx: the card against the other files of its model
repository), ``internal`` (MC9xx).  Plugins register rules through the
``modelcard_lint.rules`` entry-point group (see ``modelcard_lint.core.registry``).
"""
