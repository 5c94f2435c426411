/**
 * Bootstrap Italia's modal with an accessible name (its title) and focus
 * handled by the kit: it moves into the dialog on open and back to the
 * control that opened it on close.
 */
import { Modal, ModalBody, ModalFooter, ModalHeader } from 'design-react-kit';
import { type ReactNode, useId } from 'react';

export interface DialogProps {
  isOpen: boolean;
  title: string;
  onClose: () => void;
  children: ReactNode;
  footer: ReactNode;
  /** Set when closing by Escape or the backdrop would lose something (a password shown once). */
  isStatic?: boolean;
}

export function Dialog({ isOpen, title, onClose, children, footer, isStatic = false }: DialogProps) {
  const titleId = useId();
  return (
    <Modal
      isOpen={isOpen}
      toggle={onClose}
      labelledBy={titleId}
      backdrop={isStatic ? 'static' : true}
      keyboard={!isStatic}
      centered
    >
      <ModalHeader id={titleId}>{title}</ModalHeader>
      <ModalBody>{children}</ModalBody>
      <ModalFooter>{footer}</ModalFooter>
    </Modal>
  );
}
