// Moving recommendations on the board (by its buttons, by keyboard, or by dragging a card to a column).
export const messages = {
  pl: {
    'board.moveTo': 'Przenieś do',
    'board.moveCard': 'Przenieś „{title}” do: {status}',
    'board.moved': 'Przeniesiono „{title}” do: {status}.',
    'board.final': 'Status końcowy: rekomendacji nie można już przenieść.',
    'board.notAllowed': 'Z „{from}” nie można przenieść do „{to}”; można do: {allowed}.',
    'board.conflict': 'Ktoś inny zmienił „{title}” w międzyczasie; tablica pokazuje teraz aktualny stan. Przenieś ją ponownie, jeśli nadal trzeba.',
    'board.reason': 'Uzasadnienie odrzucenia',
    'board.reject': 'Odrzuć',
    'board.cancel': 'Anuluj',
    'board.dragHint': 'Kartę można też przeciągnąć myszą do kolumny; przyciski „Przenieś do” działają z klawiatury.',
    'board.failed': 'Nie przeniesiono „{title}”: {message}'
  },
  en: {
    'board.moveTo': 'Move to',
    'board.moveCard': 'Move “{title}” to: {status}',
    'board.moved': 'Moved “{title}” to: {status}.',
    'board.final': 'Final status: the recommendation cannot move any more.',
    'board.notAllowed': 'From “{from}” it cannot move to “{to}”; it can move to: {allowed}.',
    'board.conflict': 'Someone else changed “{title}” meanwhile; the board now shows the current state. Move it again if it still needs to.',
    'board.reason': 'Reason for rejecting',
    'board.reject': 'Reject',
    'board.cancel': 'Cancel',
    'board.dragHint': 'A card can also be dragged with the mouse to a column; the “Move to” buttons work from the keyboard.',
    'board.failed': '“{title}” was not moved: {message}'
  }
}
