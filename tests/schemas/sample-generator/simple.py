"""A compact builder for the smaller sample cases."""
from helpers import *

def family(surname, kids, mother, father, mgp, pgm, extra_people=(), extra_rels=()):
    """kids: [(child_id, given, born, sex)]; mother/father: (id, name, born); mgp: ((id, name, born, sex), (id, name, born, sex)); pgm: (id, name, born)"""
    people = [(mgp[0][0], mgp[0][1], mgp[0][3], mgp[0][2], {'household': 'maternal grandparents'}),
              (mgp[1][0], mgp[1][1], mgp[1][3], mgp[1][2], {'household': 'maternal grandparents'}),
              (pgm[0], pgm[1], 'F', pgm[2], {'household': 'paternal grandmother'}),
              (mother[0], mother[1], 'F', mother[2], {'household': 'family home'}),
              (father[0], father[1], 'M', father[2], {'household': father[3] if len(father) > 3 else 'family home'})]
    rels = [('couple', mgp[0][0], mgp[1][0], 'married'),
            ('parent', mgp[0][0], mother[0]), ('parent', mgp[1][0], mother[0]),
            ('parent', pgm[0], father[0]),
            ('couple', mother[0], father[0], father[4] if len(father) > 4 else 'married')]
    for cid, given, born, sex in kids:
        pid = 'p-' + cid
        people.append((pid, '%s %s' % (given, surname), sex, born, {'child': cid, 'household': 'family home'}))
        rels += [('parent', mother[0], pid), ('parent', father[0], pid)]
    return people + list(extra_people), rels + list(extra_rels)
