/**
 * OpenSABT. Generated from model/opensabt.ecore: do not edit, run ./opensabt codegen.
 */
package org.opensabt.model.impl;

import java.util.Collection;

import org.eclipse.emf.common.notify.Notification;

import org.eclipse.emf.common.util.EList;

import org.eclipse.emf.ecore.EClass;

import org.eclipse.emf.ecore.impl.ENotificationImpl;
import org.eclipse.emf.ecore.impl.MinimalEObjectImpl;

import org.eclipse.emf.ecore.util.EDataTypeEList;

import org.opensabt.model.Contour;
import org.opensabt.model.ModelPackage;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>Contour</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link org.opensabt.model.impl.ContourImpl#getPointsMm <em>Points Mm</em>}</li>
 *   <li>{@link org.opensabt.model.impl.ContourImpl#isHole <em>Hole</em>}</li>
 * </ul>
 *
 * @generated
 */
public class ContourImpl extends MinimalEObjectImpl.Container implements Contour {
	/**
	 * The cached value of the '{@link #getPointsMm() <em>Points Mm</em>}' attribute list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getPointsMm()
	 * @generated
	 * @ordered
	 */
	protected EList<Double> pointsMm;

	/**
	 * The default value of the '{@link #isHole() <em>Hole</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #isHole()
	 * @generated
	 * @ordered
	 */
	protected static final boolean HOLE_EDEFAULT = false;

	/**
	 * The cached value of the '{@link #isHole() <em>Hole</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #isHole()
	 * @generated
	 * @ordered
	 */
	protected boolean hole = HOLE_EDEFAULT;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected ContourImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EClass eStaticClass() {
		return ModelPackage.Literals.CONTOUR;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<Double> getPointsMm() {
		if (pointsMm == null) {
			pointsMm = new EDataTypeEList<Double>(Double.class, this, ModelPackage.CONTOUR__POINTS_MM);
		}
		return pointsMm;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public boolean isHole() {
		return hole;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setHole(boolean newHole) {
		boolean oldHole = hole;
		hole = newHole;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, ModelPackage.CONTOUR__HOLE, oldHole, hole));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Object eGet(int featureID, boolean resolve, boolean coreType) {
		switch (featureID) {
			case ModelPackage.CONTOUR__POINTS_MM:
				return getPointsMm();
			case ModelPackage.CONTOUR__HOLE:
				return isHole();
		}
		return super.eGet(featureID, resolve, coreType);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@SuppressWarnings("unchecked")
	@Override
	public void eSet(int featureID, Object newValue) {
		switch (featureID) {
			case ModelPackage.CONTOUR__POINTS_MM:
				getPointsMm().clear();
				getPointsMm().addAll((Collection<? extends Double>)newValue);
				return;
			case ModelPackage.CONTOUR__HOLE:
				setHole((Boolean)newValue);
				return;
		}
		super.eSet(featureID, newValue);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void eUnset(int featureID) {
		switch (featureID) {
			case ModelPackage.CONTOUR__POINTS_MM:
				getPointsMm().clear();
				return;
			case ModelPackage.CONTOUR__HOLE:
				setHole(HOLE_EDEFAULT);
				return;
		}
		super.eUnset(featureID);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public boolean eIsSet(int featureID) {
		switch (featureID) {
			case ModelPackage.CONTOUR__POINTS_MM:
				return pointsMm != null && !pointsMm.isEmpty();
			case ModelPackage.CONTOUR__HOLE:
				return hole != HOLE_EDEFAULT;
		}
		return super.eIsSet(featureID);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String toString() {
		if (eIsProxy()) return super.toString();

		StringBuilder result = new StringBuilder(super.toString());
		result.append(" (pointsMm: ");
		result.append(pointsMm);
		result.append(", hole: ");
		result.append(hole);
		result.append(')');
		return result.toString();
	}

} //ContourImpl
